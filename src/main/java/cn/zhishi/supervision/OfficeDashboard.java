package cn.zhishi.supervision;

import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The assessment office's dashboard (issue 4 §9): submission and on-time rates by unit and month, the review
 * grade distribution, open complaints and warning cards, for the units in the user's jurisdiction. The page draws
 * ECharts from the JSON ({@code static/js/dashboard.js}).
 */
@Controller
@PreAuthorize("hasAnyRole('ASSESSOR','ORG_ADMIN')")
class OfficeDashboard {

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final MessageSource messages;
    private final Clock clock;

    OfficeDashboard(NamedParameterJdbcTemplate jdbc, OrgDirectory org, Jurisdictions jurisdictions,
            MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
        this.clock = clock;
    }

    record UnitRates(long unitId, String unit, List<Double> submission, List<Double> onTime, List<Integer> expected) {
    }

    record Labelled(String key, String label, long count) {
    }

    record CardsOfUnit(long unitId, String unit, long yellow, long red) {
    }

    record Data(List<String> months, List<Double> submission, List<Double> onTime, List<UnitRates> units,
            List<Labelled> grades, List<Labelled> openComplaints, List<CardsOfUnit> cards) {
    }

    @GetMapping("/reports/dashboard")
    String page() {
        return "supervision/dashboard";
    }

    @GetMapping("/reports/dashboard/data")
    @ResponseBody
    @Transactional(readOnly = true)
    Data data(@RequestParam(defaultValue = "6") int months) {
        int span = Math.max(1, Math.min(months, 24));
        YearMonth last = YearMonth.now(clock);
        List<YearMonth> range = new ArrayList<>();
        for (int i = span - 1; i >= 0; i--) {
            range.add(last.minusMonths(i));
        }
        List<UnitSummary> units = org.tree(jurisdictions.current()).stream()
                .filter(u -> u.nodeType() == NodeType.UNIT).toList();
        List<Long> ids = units.stream().map(UnitSummary::id).toList();
        if (ids.isEmpty()) {
            return new Data(range.stream().map(YearMonth::toString).toList(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
        }
        var p = new MapSqlParameterSource("units", ids)
                .addValue("from", range.get(0).getYear() * 100 + range.get(0).getMonthValue())
                .addValue("to", last.getYear() * 100 + last.getMonthValue())
                .addValue("year", last.getYear());
        Map<Long, Integer> expected = new LinkedHashMap<>();
        jdbc.query("select unit_id, count(*) n from cadre where status = 'ACTIVE' and unit_id in (:units) group by unit_id",
                p, rs -> { expected.put(rs.getLong(1), rs.getInt(2)); });
        // unit, month → {delivered, on time}
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.query("""
                select unit_id, report_year, report_month,
                       sum(case when status not in ('DRAFT','RETURNED') then 1 else 0 end) delivered,
                       sum(case when status not in ('DRAFT','RETURNED') and late = false then 1 else 0 end) on_time
                  from monthly_report
                 where unit_id in (:units) and report_year * 100 + report_month between :from and :to
                 group by unit_id, report_year, report_month""", p, rs -> {
            counts.put(rs.getLong(1) + ":" + YearMonth.of(rs.getInt(2), rs.getInt(3)), new long[] {rs.getLong(4), rs.getLong(5)});
        });
        List<UnitRates> byUnit = new ArrayList<>();
        long[] totalExpected = new long[span];
        long[] totalDelivered = new long[span];
        long[] totalOnTime = new long[span];
        for (UnitSummary u : units) {
            int exp = expected.getOrDefault(u.id(), 0);
            if (exp == 0) {
                continue;
            }
            List<Double> sub = new ArrayList<>();
            List<Double> on = new ArrayList<>();
            List<Integer> ex = new ArrayList<>();
            for (int i = 0; i < span; i++) {
                long[] c = counts.getOrDefault(u.id() + ":" + range.get(i), new long[2]);
                sub.add(rate(c[0], exp));
                on.add(rate(c[1], exp));
                ex.add(exp);
                totalExpected[i] += exp;
                totalDelivered[i] += c[0];
                totalOnTime[i] += c[1];
            }
            byUnit.add(new UnitRates(u.id(), u.name(), sub, on, ex));
        }
        List<Double> sub = new ArrayList<>();
        List<Double> on = new ArrayList<>();
        for (int i = 0; i < span; i++) {
            sub.add(rate(totalDelivered[i], totalExpected[i]));
            on.add(rate(totalOnTime[i], totalExpected[i]));
        }
        List<Labelled> grades = jdbc.query("""
                select review_grade, count(*) from monthly_report
                 where unit_id in (:units) and review_grade is not null
                   and report_year * 100 + report_month between :from and :to
                 group by review_grade order by review_grade""", p,
                (rs, i) -> new Labelled(rs.getString(1), msg("enum.Grade." + rs.getString(1)), rs.getLong(2)));
        List<Labelled> complaints = jdbc.query("""
                select c.status, count(*) from complaint c join monthly_report r on r.id = c.report_id
                 where r.unit_id in (:units) and c.status not in ('FOUNDED','UNFOUNDED')
                 group by c.status order by c.status""", p,
                (rs, i) -> new Labelled(rs.getString(1), msg("enum.ComplaintStatus." + rs.getString(1)), rs.getLong(2)));
        Map<Long, String> names = units.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        List<CardsOfUnit> cards = jdbc.query("""
                select c.unit_id,
                       sum(case when w.colour = 'YELLOW' then 1 else 0 end),
                       sum(case when w.colour = 'RED' then 1 else 0 end)
                  from warning_card w join cadre c on c.id = w.cadre_id
                 where c.unit_id in (:units) and w.card_year = :year
                 group by c.unit_id order by c.unit_id""", p,
                (rs, i) -> new CardsOfUnit(rs.getLong(1), names.get(rs.getLong(1)), rs.getLong(2), rs.getLong(3)));
        return new Data(range.stream().map(YearMonth::toString).toList(), sub, on, byUnit, grades, complaints, cards);
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
