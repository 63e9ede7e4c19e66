package cn.zhishi.assessment;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of annual results: read one cadre's grades (within the viewer's jurisdiction, or their
 * own), record or correct a year's grade (organisation admins, audited), and read many cadres' grades
 * at once for screening.
 */
@Service
@Transactional(readOnly = true)
public class AnnualGrades {

    static final String ENTITY = "Cadre";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AnnualGrades(JdbcTemplate jdbc, Jurisdictions jurisdictions, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cadre's grades, newest year first. 404 outside the viewer's jurisdiction (own file excepted). */
    public List<AnnualGradeRecord> gradesOf(long cadreId) {
        ZhishiPrincipal viewer = currentUser.get();
        boolean own = viewer.cadreId() != null && viewer.cadreId() == cadreId;
        if (!own) {
            requireVisible(cadreId, jurisdictions.of(viewer));
        }
        return jdbc.query("select * from annual_grade where cadre_id = ? order by grade_year desc", (rs, i) -> row(rs),
                cadreId);
    }

    /** Grades of many cadres from {@code fromYear} on, in one query (no jurisdiction check: callers filter). */
    public Map<Long, Map<Integer, Grade>> gradesOf(Collection<Long> cadreIds, int fromYear) {
        Map<Long, Map<Integer, Grade>> out = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(cadreIds);
        for (int from = 0; from < ids.size(); from += 10_000) {
            named.query("select cadre_id, grade_year, grade from annual_grade where grade_year >= :y and cadre_id in (:ids)",
                    Map.of("y", fromYear, "ids", ids.subList(from, Math.min(ids.size(), from + 10_000))), rs -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), Grade.valueOf(rs.getString(3)));
                    });
        }
        return out;
    }

    /** Grades of every cadre whose unit path starts with one of the jurisdiction's paths, from {@code fromYear}. */
    public Map<Long, Map<Integer, Grade>> gradesUnder(String unitPathPrefix, int fromYear) {
        Map<Long, Map<Integer, Grade>> out = new HashMap<>();
        jdbc.query("select g.cadre_id, g.grade_year, g.grade from annual_grade g join cadre c on c.id = g.cadre_id "
                + "join org_unit u on u.id = c.unit_id where g.grade_year >= ? and u.path like ?", rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), Grade.valueOf(rs.getString(3)));
                }, fromYear, unitPathPrefix + "%");
        return out;
    }

    /** The no-promotion windows grades open, by grade (grades without a window are absent). */
    public Map<Grade, GradeConsequence> consequences() {
        Map<Grade, GradeConsequence> out = new LinkedHashMap<>();
        jdbc.query("select grade, no_promotion_months, basis from annual_grade_consequence", rs -> {
            Grade g = Grade.valueOf(rs.getString(1));
            out.put(g, new GradeConsequence(g, rs.getInt(2), rs.getString(3)));
        });
        return out;
    }

    /**
     * Records the grade of {@code form.year}, or corrects it when one is on file. The year must be
     * past or current and not before the cadre started work.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void record(long cadreId, AnnualGradeForm form, String source) {
        Problems p = new Problems().require(form.getYear(), "year").require(form.getGrade(), "grade");
        p.throwIfAny();
        CadreFacts c = requireVisible(cadreId, jurisdictions.current());
        int thisYear = LocalDate.now(clock).getYear();
        if (form.getYear() > thisYear) {
            p.add("year", "annualGrade.year.future");
        } else if (c.workStartYear() != null && form.getYear() < c.workStartYear()) {
            p.add("year", "annualGrade.year.beforeWork", c.workStartYear());
        } else if (form.getYear() < 1980) {
            p.add("year", "annualGrade.year.tooEarly");
        }
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().trim();
        if (note != null && note.length() > 300) {
            p.add("note", "validation.tooLong", 300);
        }
        p.throwIfAny();
        Instant now = clock.instant();
        String user = currentUser.get().username();
        Optional<AnnualGradeRecord> before = jdbc.query("select * from annual_grade where cadre_id = ? and grade_year = ?",
                (rs, i) -> row(rs), cadreId, form.getYear()).stream().findFirst();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", form.getYear());
        after.put("grade", form.getGrade().name());
        after.put("source", source);
        after.put("note", note);
        if (before.isEmpty()) {
            jdbc.update("insert into annual_grade (cadre_id, grade_year, grade, source, note, recorded_by, recorded_at) "
                    + "values (?,?,?,?,?,?,?)", cadreId, form.getYear(), form.getGrade().name(), source, note, user,
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            audit.record(AuditEvent.created("assessment.grade.record", ENTITY, cadreId,
                    c.name() + " " + form.getYear(), after));
        } else {
            jdbc.update("update annual_grade set grade = ?, source = ?, note = ?, recorded_by = ?, recorded_at = ? "
                    + "where cadre_id = ? and grade_year = ?", form.getGrade().name(), source, note, user,
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC), cadreId, form.getYear());
            Map<String, Object> was = new LinkedHashMap<>();
            was.put("year", before.get().year());
            was.put("grade", before.get().grade().name());
            was.put("source", before.get().source());
            was.put("note", before.get().note());
            audit.record(AuditEvent.changed("assessment.grade.correct", ENTITY, cadreId,
                    c.name() + " " + form.getYear(), was, after));
        }
    }

    private record CadreFacts(String name, String path, Integer workStartYear) {
    }

    private CadreFacts requireVisible(long cadreId, Jurisdiction j) {
        return jdbc.query("select c.name, u.path, c.work_start_date from cadre c join org_unit u on u.id = c.unit_id "
                + "where c.id = ?", (rs, i) -> {
                    java.sql.Date ws = rs.getDate(3);
                    return new CadreFacts(rs.getString(1), rs.getString(2), ws == null ? null : ws.toLocalDate().getYear());
                }, cadreId).stream().filter(c -> j.covers(c.path())).findFirst()
                .orElseThrow(() -> new NotFoundException("cadre", cadreId));
    }

    private static AnnualGradeRecord row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AnnualGradeRecord(rs.getLong("cadre_id"), rs.getInt("grade_year"), Grade.valueOf(rs.getString("grade")),
                rs.getString("source"), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
