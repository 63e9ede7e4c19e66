package cn.zhishi.assessment.review;

import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.org.Jurisdiction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public board's read of posted quarterly review results (the port {@code board} uses; no sign-in,
 * no role). It reads only the snapshots taken at posting ({@code review_posting*}), never ballots, and
 * returns what {@link PublicResults} decided may be published. At most four statements per page.
 */
@Service
@Transactional(readOnly = true)
public class PostedReviews {

    /** The filter value that shows every quarter. */
    public static final String ALL_QUARTERS = "all";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ZoneId zone;

    PostedReviews(JdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.zone = clock.getZone();
    }

    /** A unit that has results on the board, for the filter. */
    public record UnitOption(long id, String name) {
    }

    /** One target's published figures for one aspect; null figures when withheld. */
    public record PostedAspect(int position, String name, BigDecimal score, Rating rating) {
    }

    /** One target as posted: rank, overall score and grade, per-aspect figures — or withheld (too few ballots). */
    public record PostedLine(Integer rank, String cadreName, String unitName, BigDecimal score, Rating rating,
            List<PostedAspect> aspects, boolean withheld) {
    }

    /** One campaign's posted results. */
    public record PostedReview(long postingId, String campaignName, long unitId, String unitName, ReviewQuarter period,
            LocalDate postedOn, List<String> aspects, List<PostedLine> lines) {
    }

    /**
     * What the board shows: the postings matching the filter and the filter's choices. {@code quarter} is
     * a {@link ReviewQuarter#label()}, {@link #ALL_QUARTERS}, or null/unknown for the newest quarter
     * posted (within the unit when one is chosen).
     */
    public record Board(List<UnitOption> units, List<ReviewQuarter> quarters, Long unitId, String quarter,
            List<PostedReview> postings) {
    }

    /** The board, limited to {@code area} when given (supervisors' own area). */
    public Board board(Jurisdiction area, Long unitId, String quarter) {
        record Head(long id, String campaign, long unitId, String unitName, ReviewQuarter period, LocalDate postedOn) {
        }
        List<Head> heads = new ArrayList<>();
        jdbc.query("""
                select p.id, p.campaign_name, p.unit_id, p.unit_name, p.period_year, p.period_quarter, p.posted_at, u.path
                from review_posting p join org_unit u on u.id = p.unit_id where p.withdrawn_at is null
                order by p.period_year desc, p.period_quarter desc, u.path, p.id""", rs -> {
                    if (area == null || area.covers(rs.getString(8))) {
                        heads.add(new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                new ReviewQuarter(rs.getInt(5), rs.getInt(6)),
                                rs.getObject(7, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate()));
                    }
                });
        Map<Long, String> units = new LinkedHashMap<>();
        heads.forEach(h -> units.putIfAbsent(h.unitId(), h.unitName()));
        if (unitId != null && !units.containsKey(unitId)) {
            // a unit without results on the board: shown as chosen, with nothing posted
            jdbc.query("select name from org_unit where id = ?", rs -> {
                units.put(unitId, rs.getString(1));
            }, unitId);
        }
        Long unit = unitId != null && units.containsKey(unitId) ? unitId : null;
        List<Head> inUnit = heads.stream().filter(h -> unit == null || h.unitId() == unit).toList();
        TreeSet<ReviewQuarter> quarters = new TreeSet<>(java.util.Comparator.reverseOrder());
        inUnit.forEach(h -> quarters.add(h.period()));
        String chosen;
        if (ALL_QUARTERS.equals(quarter)) {
            chosen = ALL_QUARTERS;
        } else {
            chosen = ReviewQuarter.parse(quarter).filter(quarters::contains)
                    .or(() -> quarters.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(quarters.first()))
                    .map(ReviewQuarter::label).orElse(ALL_QUARTERS);
        }
        List<Head> shown = inUnit.stream().filter(h -> ALL_QUARTERS.equals(chosen) || h.period().label().equals(chosen))
                .toList();
        Map<Long, List<PostedLine>> lines = lines(shown.stream().map(Head::id).toList());
        List<PostedReview> out = new ArrayList<>();
        for (Head h : shown) {
            List<PostedLine> ls = lines.getOrDefault(h.id(), List.of());
            List<String> aspects = ls.isEmpty() ? List.of() : ls.get(0).aspects().stream().map(PostedAspect::name).toList();
            out.add(new PostedReview(h.id(), h.campaign(), h.unitId(), h.unitName(), h.period(), h.postedOn(), aspects, ls));
        }
        List<UnitOption> options = units.entrySet().stream().map(e -> new UnitOption(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(UnitOption::name)).toList();
        return new Board(options, List.copyOf(quarters), unit, chosen, out);
    }

    private Map<Long, List<PostedLine>> lines(List<Long> postingIds) {
        Map<Long, List<PostedLine>> out = new LinkedHashMap<>();
        if (postingIds.isEmpty()) {
            return out;
        }
        Map<String, List<PostedAspect>> aspects = new LinkedHashMap<>();
        named.query("""
                select posting_id, cadre_id, position, aspect_name, score, rating from review_posted_aspect
                where posting_id in (:ids) order by posting_id, cadre_id, position""", Map.of("ids", postingIds), rs -> {
                    String r = rs.getString(6);
                    aspects.computeIfAbsent(rs.getLong(1) + "/" + rs.getLong(2), k -> new ArrayList<>())
                            .add(new PostedAspect(rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
                                    r == null ? null : Rating.valueOf(r)));
                });
        named.query("""
                select posting_id, cadre_id, cadre_name, unit_name, rank_no, score, rating, withheld from review_posted_result
                where posting_id in (:ids) order by posting_id, line_no""", Map.of("ids", postingIds), rs -> {
                    String r = rs.getString(7);
                    Object rank = rs.getObject(5);
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PostedLine(
                            rank == null ? null : ((Number) rank).intValue(), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(6), r == null ? null : Rating.valueOf(r),
                            aspects.getOrDefault(rs.getLong(1) + "/" + rs.getLong(2), List.of()), rs.getBoolean(8)));
                });
        return out;
    }
}
