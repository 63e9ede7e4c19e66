package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.annual.AnnualAssessments.Loaded;
import cn.zhishi.assessment.annual.AnnualAssessments.MemberData;
import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads an {@link AnnualAssessment} with its members (404 outside the jurisdiction) and stores a step of
 * its procedure: the one place where the state is written (optimistic version) and the step put on the
 * audit record under its name. Shared by {@link AnnualAssessments} (up to circulation) and
 * {@link FollowUps} (talks and rectification); runs inside their transactions, checks no role itself.
 */
@Component
class AssessmentStore {

    private final JdbcTemplate jdbc;
    private final Rulebooks rulebooks;
    private final AuditTrail audit;

    AssessmentStore(JdbcTemplate jdbc, Rulebooks rulebooks, AuditTrail audit) {
        this.jdbc = jdbc;
        this.rulebooks = rulebooks;
        this.audit = audit;
    }

    /** Runs {@code transition} on the loaded state, stores it and records the step as {@code action}. */
    void step(Loaded l, String action, Runnable transition) {
        AssessmentStatus before = l.state().status();
        transition.run();
        AnnualAssessment s = l.state();
        int n = jdbc.update("update annual_assessment set status = ?, meeting = ?, decided_on = ?, outcome = ?, "
                + "fed_back_on = ?, circulated_on = ?, follow_up_on = ?, completed_on = ?, completion_report = ?, "
                + "version = version + 1 where id = ? and version = ?",
                s.status().name(), s.meeting(), s.decidedOn(), name(s.outcome()), s.fedBackOn(), s.circulatedOn(),
                s.followUpOn(), s.completedOn(), s.completionReport(), s.id(), l.version());
        if (n != 1) {
            throw new DomainRuleException("annual.refused.concurrentChange");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", s.status().name());
        if (action.endsWith("decide")) {
            after.put("meeting", s.meeting());
            after.put("decidedOn", s.decidedOn());
            after.put("outcome", name(s.outcome()));
        }
        if (s.status() == AssessmentStatus.FOLLOW_UP) {
            after.put("followUpOn", s.followUpOn());
        }
        if (s.status() == AssessmentStatus.COMPLETED) {
            after.put("completedOn", s.completedOn());
            after.put("completionReport", s.completionReport());
        }
        after.put("teamGrade", name(l.teamGrade()));
        audit.record(AuditEvent.changed(action, AnnualAssessments.ENTITY, s.id(), l.unitName() + " " + l.year(),
                Map.of("status", before.name()), after));
    }

    Loaded load(long id, Jurisdiction j) {
        Loaded l = jdbc.query("select a.*, u.name as unit_name, u.path from annual_assessment a "
                + "join org_unit u on u.id = a.unit_id where a.id = ?", (rs, i) -> {
                    if (!j.covers(rs.getString("path"))) {
                        return null;
                    }
                    String outcome = rs.getString("outcome");
                    AnnualAssessment s = new AnnualAssessment(rs.getLong("id"), rs.getLong("unit_id"),
                            rs.getInt("assessed_year"), AssessmentStatus.valueOf(rs.getString("status")),
                            rs.getString("meeting"), day(rs.getDate("decided_on")),
                            outcome == null ? null : DecisionOutcome.valueOf(outcome), day(rs.getDate("fed_back_on")),
                            day(rs.getDate("circulated_on")), day(rs.getDate("follow_up_on")),
                            day(rs.getDate("completed_on")), rs.getString("completion_report"));
                    return new Loaded(s, rs.getInt("version"), rs.getLong("unit_id"), rs.getString("unit_name"),
                            rs.getInt("assessed_year"), rulebooks.byId(rs.getLong("rulebook_id")),
                            rs.getBigDecimal("team_score"), team(rs.getString("proposed_team_grade")),
                            team(rs.getString("team_grade")), rs.getString("team_grade_reason"), new LinkedHashMap<>());
                }, id).stream().filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new NotFoundException("annualAssessment", id));
        jdbc.query("select m.*, c.name from annual_assessment_member m join cadre c on c.id = m.cadre_id "
                + "where m.assessment_id = ? order by case m.team_role when 'PRINCIPAL' then 0 when 'DEPUTY' then 1 "
                + "else 2 end, c.name, c.id", rs -> {
                    l.members().put(rs.getLong("cadre_id"), new MemberData(rs.getLong("cadre_id"), rs.getString("name"),
                            rs.getString("team_role"), rs.getBigDecimal("leader_score"),
                            rs.getBigDecimal("organisation_score"), rs.getBigDecimal("composite"),
                            grade(rs.getString("proposed_grade")), grade(rs.getString("grade")),
                            rs.getString("grade_reason")));
                }, id);
        return l;
    }

    static LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static TeamGrade team(String s) {
        return s == null ? null : TeamGrade.valueOf(s);
    }

    private static Grade grade(String s) {
        return s == null ? null : Grade.valueOf(s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
