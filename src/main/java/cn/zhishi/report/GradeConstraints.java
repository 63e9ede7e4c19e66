package cn.zhishi.report;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored effects of the source's rules on a cadre's annual grade (table grade_constraint) and
 * the public criticisms (通报批评). Recording is idempotent per cadre, year, kind and rule.
 */
@Service
public class GradeConstraints {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    GradeConstraints(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the constraint unless the same rule already did for that year; true when new. */
    @Transactional
    public boolean record(long cadreId, int year, GradeConstraintKind kind, String rule, String source, String evidence) {
        Integer existing = jdbc.queryForObject("select count(*) from grade_constraint where cadre_id = ? and grade_year = ? "
                + "and kind = ? and rule = ?", Integer.class, cadreId, year, kind.name(), rule);
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update("insert into grade_constraint (cadre_id, grade_year, kind, rule, source, evidence, created_at) "
                + "values (?,?,?,?,?,?,?)", cadreId, year, kind.name(), rule, source, evidence, OffsetDateTime.now(clock));
        audit.record(AuditEvent.created("grade.constraint", "Cadre", cadreId, kind + " " + year,
                Map.of("year", year, "kind", kind.name(), "rule", rule, "evidence", evidence)));
        return true;
    }

    @Transactional(readOnly = true)
    public List<Constraint> of(long cadreId) {
        return jdbc.query("select grade_year, kind, rule, source, evidence from grade_constraint where cadre_id = ? "
                + "order by grade_year desc, id", (rs, i) -> new Constraint(rs.getInt(1),
                GradeConstraintKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)), cadreId);
    }

    @Transactional
    void criticise(long cadreId, long unitId, Long reportId, Long complaintId, String reason) {
        jdbc.update("insert into public_criticism (cadre_id, unit_id, report_id, complaint_id, rule, source, reason, "
                + "created_at) values (?,?,?,?,?,?,?,?)", cadreId, unitId, reportId, complaintId,
                FoundedFalsificationMeansPublicCriticism.RULE, FoundedFalsificationMeansPublicCriticism.SOURCE, reason,
                OffsetDateTime.now(clock));
        audit.record(AuditEvent.created("report.criticism", "Cadre", cadreId, reason,
                Map.of("unitId", unitId, "reportId", reportId, "complaintId", complaintId,
                        "rule", FoundedFalsificationMeansPublicCriticism.RULE)));
    }

    @Transactional(readOnly = true)
    public List<String> criticismsOf(long cadreId) {
        return jdbc.queryForList("select reason from public_criticism where cadre_id = ? order by id", String.class, cadreId);
    }

    /** The constraints recorded for {@code year} on any of the cadres, with their ids (for tolerance decisions). */
    @Transactional(readOnly = true)
    public List<Recorded> ofYear(java.util.Collection<Long> cadreIds, int year) {
        if (cadreIds.isEmpty()) {
            return List.of();
        }
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query(
                "select id, cadre_id, kind, rule, source, evidence from grade_constraint where grade_year = :y "
                        + "and cadre_id in (:ids) order by id",
                Map.of("y", year, "ids", new java.util.ArrayList<>(cadreIds)), (rs, i) -> new Recorded(rs.getLong(1),
                        rs.getLong(2), GradeConstraintKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }

    public record Recorded(long id, long cadreId, GradeConstraintKind kind, String rule, String source, String evidence) {
    }

    public record Constraint(int year, GradeConstraintKind kind, String rule, String source, String evidence) {
    }
}
