package cn.zhishi.report;

import cn.zhishi.notification.NotificationKind;
import cn.zhishi.notification.Notifications;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county leaders' monthly summary (issue 4 §3): per unit of the jurisdiction how many of its serving
 * cadres handed in the month's report (on time, late, missing), the reviewers' grade distribution, and the
 * notable items: items of reports graded 好, founded complaints and cards issued in the month. When a month
 * closes (its due date has passed) the leaders over the units are told once.
 */
@Service
@Transactional(readOnly = true)
public class MonthlySummary {

    static final int NOTABLE_ITEMS = 20;
    static final String LEADER = "LEADER";

    private final JdbcTemplate jdbc;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final ReportService service;
    private final Notifications notifications;

    MonthlySummary(JdbcTemplate jdbc, OrgDirectory org, Jurisdictions jurisdictions, ReportService service,
            Notifications notifications) {
        this.jdbc = jdbc;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.service = service;
        this.notifications = notifications;
    }

    public record UnitLine(long unitId, String unitName, int cadres, int delivered, int late, int missing) {

        /** Delivered as a whole percentage of the serving cadres (0 when the unit has none). */
        public int completionPercent() {
            return cadres == 0 ? 0 : Math.round(100f * delivered / cadres);
        }
    }

    public record Notable(long reportId, String cadreName, String unitName, String title, String done) {
    }

    public record Finding(long reportId, String cadreName, String unitName, String kind, String findings) {
    }

    public record CardLine(String cadreName, String unitName, String colour, String reason, LocalDate issuedOn) {
    }

    public record Summary(YearMonth month, LocalDate due, boolean closed, List<UnitLine> units, int cadres,
            int delivered, int late, int missing, Map<Grade, Integer> grades, List<Notable> notable,
            List<Finding> founded, List<CardLine> cards) {

        public int completionPercent() {
            return cadres == 0 ? 0 : Math.round(100f * delivered / cadres);
        }
    }

    /** The summary of {@code month} over the current user's jurisdiction. */
    public Summary of(YearMonth month, LocalDate today) {
        List<UnitSummary> units = org.tree(jurisdictions.current()).stream()
                .filter(u -> u.nodeType() == NodeType.UNIT).toList();
        LocalDate due = service.dueDate(month);
        boolean closed = today.isAfter(due);
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        if (units.isEmpty()) {
            return new Summary(month, due, closed, List.of(), 0, 0, 0, 0, grades, List.of(), List.of(), List.of());
        }
        String in = units.stream().map(u -> String.valueOf(u.id())).collect(Collectors.joining(","));
        Map<Long, Integer> cadres = counts("select unit_id, count(*) from cadre where status = 'ACTIVE' and unit_id in ("
                + in + ") group by unit_id");
        String ofMonth = " from monthly_report r join cadre c on c.id = r.cadre_id where r.report_year = " + month.getYear()
                + " and r.report_month = " + month.getMonthValue() + " and r.unit_id in (" + in + ")"
                + " and c.status = 'ACTIVE'";
        Map<Long, Integer> delivered = counts("select r.unit_id, count(*)" + ofMonth
                + " and r.status not in ('DRAFT','RETURNED') group by r.unit_id");
        Map<Long, Integer> late = counts("select r.unit_id, count(*)" + ofMonth
                + " and r.status not in ('DRAFT','RETURNED') and r.late = true group by r.unit_id");
        Map<Long, Integer> excused = counts("select c.unit_id, count(*) from report_excuse e join cadre c on c.id = e.cadre_id"
                + " where e.report_year = " + month.getYear() + " and e.report_month = " + month.getMonthValue()
                + " and c.status = 'ACTIVE' and c.unit_id in (" + in + ") group by c.unit_id");
        List<UnitLine> lines = new ArrayList<>();
        int totalCadres = 0;
        int totalDelivered = 0;
        int totalLate = 0;
        int totalMissing = 0;
        for (UnitSummary u : units) {
            int n = cadres.getOrDefault(u.id(), 0);
            if (n == 0) {
                continue;
            }
            int d = delivered.getOrDefault(u.id(), 0);
            int l = late.getOrDefault(u.id(), 0);
            int m = closed ? Math.max(0, n - d - excused.getOrDefault(u.id(), 0)) : 0;
            lines.add(new UnitLine(u.id(), u.name(), n, d, l, m));
            totalCadres += n;
            totalDelivered += d;
            totalLate += l;
            totalMissing += m;
        }
        for (var row : jdbc.queryForList("select r.review_grade as g, count(*) as n" + ofMonth
                + " and r.review_grade is not null group by r.review_grade")) {
            grades.put(Grade.valueOf((String) row.get("g")), ((Number) row.get("n")).intValue());
        }
        Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        List<Notable> notable = jdbc.query("select r.id, c.name, r.unit_id, i.title, i.done from report_item i"
                + " join monthly_report r on r.id = i.report_id join cadre c on c.id = r.cadre_id"
                + " where r.report_year = ? and r.report_month = ? and r.unit_id in (" + in + ")"
                + " and r.review_grade = 'GOOD' and r.truthful = true and i.completion = 'DONE'"
                + " order by r.unit_id, r.id, i.item_order limit " + NOTABLE_ITEMS,
                (rs, i) -> new Notable(rs.getLong(1), rs.getString(2), unitNames.get(rs.getLong(3)), rs.getString(4),
                        rs.getString(5)), month.getYear(), month.getMonthValue());
        List<Finding> founded = jdbc.query("select r.id, c.name, r.unit_id, k.kind, k.findings from complaint k"
                + " join monthly_report r on r.id = k.report_id join cadre c on c.id = r.cadre_id"
                + " where r.report_year = ? and r.report_month = ? and r.unit_id in (" + in + ")"
                + " and k.status = 'FOUNDED' order by k.id",
                (rs, i) -> new Finding(rs.getLong(1), rs.getString(2), unitNames.get(rs.getLong(3)), rs.getString(4),
                        rs.getString(5)), month.getYear(), month.getMonthValue());
        List<CardLine> cards = jdbc.query("select c.name, c.unit_id, w.colour, w.reason, w.issued_on from warning_card w"
                + " join cadre c on c.id = w.cadre_id where c.unit_id in (" + in + ")"
                + " and w.issued_on >= ? and w.issued_on <= ? order by w.issued_on, w.id",
                (rs, i) -> new CardLine(rs.getString(1), unitNames.get(rs.getLong(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)), month.atDay(1), month.atEndOfMonth());
        return new Summary(month, due, closed, lines, totalCadres, totalDelivered, totalLate, totalMissing, grades,
                notable, founded, cards);
    }

    /**
     * Tells every leader over one of {@code unitIds} that the last month whose due date has passed is closed and
     * its summary is ready; once per leader and month. Returns how many notices are new.
     */
    @Transactional
    public int announceClosedMonth(LocalDate today, Collection<Long> unitIds) {
        YearMonth current = YearMonth.from(today);
        YearMonth closed = today.isAfter(service.dueDate(current)) ? current : current.minusMonths(1);
        Set<String> leaders = new LinkedHashSet<>();
        for (long unitId : unitIds) {
            leaders.addAll(notifications.usersWithRoleOver(LEADER, unitId));
        }
        int n = 0;
        for (String u : leaders) {
            n += notifications.notify(u, NotificationKind.MONTH_SUMMARY, "/reports/summary?m=" + closed,
                    "summary:" + closed, closed.getYear(), closed.getMonthValue()) ? 1 : 0;
        }
        return n;
    }

    private Map<Long, Integer> counts(String sql) {
        return jdbc.query(sql, rs -> {
            Map<Long, Integer> m = new java.util.HashMap<>();
            while (rs.next()) {
                m.put(rs.getLong(1), rs.getInt(2));
            }
            return m;
        });
    }
}
