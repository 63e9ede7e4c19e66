package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.AnnualGradeForm;
import cn.zhishi.assessment.AnnualGrades;
import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.GradeConsequence;
import cn.zhishi.assessment.review.CampaignKind;
import cn.zhishi.assessment.review.ReviewCampaigns;
import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.report.GradeConstraintKind;
import cn.zhishi.report.GradeConstraints;
import cn.zhishi.report.YearGrades;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度考核: one unit's assessment for a year, from the composite scores to the recorded consequences.
 * Every write checks role ({@code @PreAuthorize}), jurisdiction (404 outside it) and the procedure's
 * state ({@link AnnualAssessment}), runs the constraint rules of the pinned {@link Rulebook}, and
 * appends to the audit record. Approval writes the grades through {@link AnnualGrades#record}.
 */
@Service
@Transactional(readOnly = true)
public class AnnualAssessments {

    static final String ENTITY = "AnnualAssessment";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final Rulebooks rulebooks;
    private final Jurisdictions jurisdictions;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final YearGrades monthly;
    private final GradeConstraints constraints;
    private final ReviewCampaigns reviews;
    private final AnnualGrades grades;
    private final ObjectProvider<KeyProjectScores> keyProjects;
    private final MessageSource messages;
    private final AssessmentStore store;

    AnnualAssessments(JdbcTemplate jdbc, Rulebooks rulebooks, Jurisdictions jurisdictions, OrgDirectory org,
            CurrentUser currentUser, AuditTrail audit, Clock clock, YearGrades monthly, GradeConstraints constraints,
            ReviewCampaigns reviews, AnnualGrades grades, ObjectProvider<KeyProjectScores> keyProjects,
            MessageSource messages, AssessmentStore store) {
        this.store = store;
        this.jdbc = jdbc;
        this.rulebooks = rulebooks;
        this.jurisdictions = jurisdictions;
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.monthly = monthly;
        this.constraints = constraints;
        this.reviews = reviews;
        this.grades = grades;
        this.keyProjects = keyProjects;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- reads

    /** The assessment of a unit and year, if opened. 404 when the unit is outside the jurisdiction. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public Optional<Long> find(long unitId, int year) {
        org.unit(unitId, jurisdictions.current());
        return jdbc.queryForList("select id from annual_assessment where unit_id = ? and assessed_year = ?", Long.class,
                unitId, year).stream().findFirst();
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public Board board(long id) {
        Loaded l = load(id, jurisdictions.current());
        return board(l);
    }

    // ---------------------------------------------------------------- drafting

    /** Opens the unit's assessment for {@code year}: members, composite scores and proposed grades. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public long open(long unitId, int year) {
        UnitSummary unit = org.unit(unitId, jurisdictions.current());
        Problems p = new Problems();
        if (unit.nodeType() != NodeType.UNIT) {
            p.add("unitId", "annual.open.notUnit");
        }
        if (year > LocalDate.now(clock).getYear() || year < 2000) {
            p.add("year", "annual.open.year");
        }
        p.throwIfAny();
        Integer exists = jdbc.queryForObject("select count(*) from annual_assessment where unit_id = ? and assessed_year = ?",
                Integer.class, unitId, year);
        if (exists != null && exists > 0) {
            throw new DomainRuleException("annual.refused.exists", String.valueOf(year));
        }
        Rulebook book = rulebooks.current();
        jdbc.update("insert into annual_assessment (unit_id, assessed_year, rulebook_id, status, created_by, created_at) "
                + "values (?,?,?,?,?,?)", unitId, year, book.id(), AssessmentStatus.DRAFT.name(),
                currentUser.get().username(), OffsetDateTime.now(clock));
        long id = jdbc.queryForObject("select id from annual_assessment where unit_id = ? and assessed_year = ?",
                Long.class, unitId, year);
        Map<Long, String> roles = teamRoles(unitId, year);
        Set<Long> members = new java.util.TreeSet<>(jdbc.queryForList(
                "select id from cadre where unit_id = ? and status = 'ACTIVE'", Long.class, unitId));
        members.addAll(roles.keySet());
        for (long cadreId : members) {
            jdbc.update("insert into annual_assessment_member (assessment_id, cadre_id, team_role) values (?,?,?)", id,
                    cadreId, roles.get(cadreId));
        }
        Map<Long, CompositeScore.Result> scores = scores(members, year, book, Map.of());
        for (long cadreId : members) {
            CompositeScore.Result r = scores.get(cadreId);
            Grade proposed = book.proposeCadre(r.score());
            jdbc.update("update annual_assessment_member set composite = ?, proposed_grade = ?, grade = ? "
                    + "where assessment_id = ? and cadre_id = ?", r.score(), name(proposed), name(proposed), id, cadreId);
        }
        BigDecimal teamScore = mean(scores.values().stream().map(CompositeScore.Result::score).toList());
        TeamGrade team = book.proposeTeam(teamScore);
        jdbc.update("update annual_assessment set team_score = ?, proposed_team_grade = ?, team_grade = ? where id = ?",
                teamScore, name(team), name(team), id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitId", unitId);
        after.put("year", year);
        after.put("rulebook", book.code() + " v" + book.version());
        after.put("members", members.size());
        after.put("teamScore", teamScore);
        after.put("proposedTeamGrade", name(team));
        audit.record(AuditEvent.created("assessment.annual.open", ENTITY, id, unit.name() + " " + year, after));
        return id;
    }

    /** Enters the leader's and the organisation's evaluation (0–100, empty = missing) and recomputes the member. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void enterScores(long id, long cadreId, BigDecimal leader, BigDecimal organisation) {
        Loaded l = load(id, jurisdictions.current());
        l.state().requireEditable();
        MemberData m = l.member(cadreId);
        Problems p = new Problems();
        checkScore(p, leader, "leaderScore");
        checkScore(p, organisation, "organisationScore");
        p.throwIfAny();
        Map<Long, BigDecimal[]> entered = Map.of(cadreId, new BigDecimal[] {leader, organisation});
        CompositeScore.Result r = scores(List.of(cadreId), l.year(), l.book(), entered).get(cadreId);
        Grade proposed = l.book().proposeCadre(r.score());
        Grade grade = m.gradeReason() == null ? proposed : m.grade();
        jdbc.update("update annual_assessment_member set leader_score = ?, organisation_score = ?, composite = ?, "
                + "proposed_grade = ?, grade = ? where assessment_id = ? and cadre_id = ?", leader, organisation,
                r.score(), name(proposed), name(grade), id, cadreId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("leaderScore", m.leaderScore());
        before.put("organisationScore", m.organisationScore());
        before.put("composite", m.composite());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("leaderScore", leader);
        after.put("organisationScore", organisation);
        after.put("composite", r.score());
        audit.record(AuditEvent.changed("assessment.annual.scores", ENTITY, id, m.name() + " " + l.year(), before, after));
        refreshTeamProposal(l);
    }

    /** The office sets a member's grade; a grade other than the proposal needs a reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void setGrade(long id, long cadreId, Grade grade, String reason) {
        Loaded l = load(id, jurisdictions.current());
        l.state().requireEditable();
        MemberData m = l.member(cadreId);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        Problems p = new Problems().require(grade, "grade");
        if (grade != null && grade != m.proposedGrade() && why == null) {
            p.add("reason", "annual.reason.required");
        }
        if (why != null && why.length() > 500) {
            p.add("reason", "validation.tooLong", 500);
        }
        p.throwIfAny();
        jdbc.update("update annual_assessment_member set grade = ?, grade_reason = ? where assessment_id = ? and cadre_id = ?",
                grade.name(), why, id, cadreId);
        audit.record(AuditEvent.changed("assessment.annual.grade", ENTITY, id, m.name() + " " + l.year(),
                mapOf("grade", name(m.grade()), "reason", m.gradeReason()), mapOf("grade", grade.name(), "reason", why)));
    }

    /** The office sets the team grade; one other than the proposal needs a reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void setTeamGrade(long id, TeamGrade grade, String reason) {
        Loaded l = load(id, jurisdictions.current());
        l.state().requireEditable();
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        Problems p = new Problems().require(grade, "teamGrade");
        if (grade != null && grade != l.proposedTeamGrade() && why == null) {
            p.add("reason", "annual.reason.required");
        }
        if (why != null && why.length() > 500) {
            p.add("reason", "validation.tooLong", 500);
        }
        p.throwIfAny();
        jdbc.update("update annual_assessment set team_grade = ?, team_grade_reason = ?, version = version + 1 where id = ?",
                grade.name(), why, id);
        audit.record(AuditEvent.changed("assessment.annual.teamGrade", ENTITY, id, l.unitName() + " " + l.year(),
                mapOf("teamGrade", name(l.teamGrade()), "reason", l.teamGradeReason()),
                mapOf("teamGrade", grade.name(), "reason", why)));
    }

    // ---------------------------------------------------------------- tolerance (容错)

    /** Records a tolerance decision linked to one recorded constraint of a member (not yet effective). */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public long recordTolerance(long id, long constraintId, String reason) {
        Loaded l = load(id, jurisdictions.current());
        l.state().requireEditable();
        GradeConstraints.Recorded c = constraints.ofYear(l.members().keySet(), l.year()).stream()
                .filter(x -> x.id() == constraintId).findFirst()
                .orElseThrow(() -> new NotFoundException("gradeConstraint", constraintId));
        Problems p = new Problems().require(reason, "reason");
        if (reason != null && reason.length() > 1000) {
            p.add("reason", "validation.tooLong", 1000);
        }
        p.throwIfAny();
        jdbc.update("insert into tolerance_decision (cadre_id, constraint_id, reason, status, recorded_by, recorded_at) "
                + "values (?,?,?,?,?,?)", c.cadreId(), constraintId, reason.trim(), "RECORDED",
                currentUser.get().username(), OffsetDateTime.now(clock));
        long tid = jdbc.queryForObject("select max(id) from tolerance_decision where constraint_id = ?", Long.class,
                constraintId);
        audit.record(AuditEvent.created("assessment.annual.tolerance.record", ENTITY, id,
                l.member(c.cadreId()).name() + " " + c.rule(),
                mapOf("toleranceId", tid, "constraintId", constraintId, "rule", c.rule(), "reason", reason.trim())));
        return tid;
    }

    /** The organisation department approves a tolerance decision: its constraint no longer applies. */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void approveTolerance(long id, long toleranceId) {
        Loaded l = load(id, jurisdictions.current());
        l.state().requireEditable();
        List<String> status = jdbc.queryForList("select status from tolerance_decision where id = ? and cadre_id in ("
                + "select cadre_id from annual_assessment_member where assessment_id = ?)", String.class, toleranceId, id);
        if (status.isEmpty()) {
            throw new NotFoundException("toleranceDecision", toleranceId);
        }
        if (!"RECORDED".equals(status.get(0))) {
            throw new DomainRuleException("annual.refused.toleranceApproved");
        }
        jdbc.update("update tolerance_decision set status = 'APPROVED', approved_by = ?, approved_at = ? where id = ?",
                currentUser.get().username(), OffsetDateTime.now(clock), toleranceId);
        audit.record(AuditEvent.changed("assessment.annual.tolerance.approve", ENTITY, id, "容错 " + toleranceId,
                mapOf("toleranceId", toleranceId, "status", "RECORDED"), mapOf("toleranceId", toleranceId, "status", "APPROVED")));
    }

    // ---------------------------------------------------------------- procedure

    /** 提出等次建议 (assessment office): refused while a constraint is violated or a member has no grade. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void propose(long id) {
        Loaded l = load(id, jurisdictions.current());
        requireComplete(l);
        List<Violation> v = violations(l);
        step(l, "assessment.annual.propose", () -> l.state().propose(v, render(v)));
    }

    /** 组织部审核. */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void review(long id) {
        Loaded l = load(id, jurisdictions.current());
        List<Violation> v = violations(l);
        step(l, "assessment.annual.review", () -> l.state().review(v, render(v)));
    }

    /**
     * 常委会研究审议, recorded by the organisation department. Approved: the grades go into the annual
     * registry, the team grade into its history, and the consequences are recorded. Returned: back to draft.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void decide(long id, String meeting, LocalDate on, DecisionOutcome outcome) {
        Loaded l = load(id, jurisdictions.current());
        Problems p = new Problems().require(meeting, "meeting").require(on, "decidedOn").require(outcome, "outcome");
        if (meeting != null && meeting.length() > 200) {
            p.add("meeting", "validation.tooLong", 200);
        }
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            p.add("decidedOn", "annual.date.future");
        }
        if (on != null && on.getYear() < l.year()) {
            p.add("decidedOn", "annual.date.beforeYear");
        }
        p.throwIfAny();
        List<Violation> v = violations(l);
        step(l, "assessment.annual.decide", () -> l.state().decide(meeting.trim(), on, outcome, v, render(v)));
        if (outcome == DecisionOutcome.APPROVED) {
            apply(l);
        }
    }

    /** 书面反馈 to the team's principal (the PDF is {@link #feedbackPdf}). */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void feedBack(long id, LocalDate on) {
        Loaded l = load(id, jurisdictions.current());
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        step(l, "assessment.annual.feedback", () -> l.state().feedBack(day));
    }

    /** 以文件通报年度考核结果. */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void circulate(long id, LocalDate on) {
        Loaded l = load(id, jurisdictions.current());
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        step(l, "assessment.annual.circulate", () -> l.state().circulate(day));
    }

    /** The written feedback to the team's principal; available once decided. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public byte[] feedbackPdf(long id) {
        Board b = board(id);
        if (b.status() == AssessmentStatus.DRAFT || b.status() == AssessmentStatus.PROPOSED
                || b.status() == AssessmentStatus.REVIEWED) {
            throw new DomainRuleException("annual.refused.notDecided", b.status().name());
        }
        return FeedbackPdf.render(b, messages, LocaleContextHolder.getLocale());
    }

    // ---------------------------------------------------------------- internals

    private void step(Loaded l, String action, Runnable transition) {
        store.step(l, action, transition);
    }

    private void apply(Loaded l) {
        int year = l.year();
        for (MemberData m : l.members().values()) {
            grades.record(m.cadreId(), new AnnualGradeForm(year, m.grade(), "年度考核 " + l.unitName()), "ANNUAL");
        }
        jdbc.update("delete from annual_team_grade where unit_id = ? and grade_year = ?", l.unitId(), year);
        jdbc.update("insert into annual_team_grade (unit_id, grade_year, grade, assessment_id) values (?,?,?,?)",
                l.unitId(), year, l.teamGrade().name(), l.id());
        audit.record(AuditEvent.created("assessment.annual.teamGrade.record", ENTITY, l.id(), l.unitName() + " " + year,
                mapOf("unitId", l.unitId(), "year", year, "teamGrade", l.teamGrade().name())));
        Map<Integer, TeamGrade> teamHistory = new HashMap<>();
        jdbc.query("select grade_year, grade from annual_team_grade where unit_id = ?", rs -> {
            teamHistory.put(rs.getInt(1), TeamGrade.valueOf(rs.getString(2)));
        }, l.unitId());
        Map<Long, Map<Integer, Grade>> history = grades.gradesOf(l.members().keySet(), year - 30);
        Map<Grade, Integer> months = new EnumMap<>(Grade.class);
        for (GradeConsequence c : grades.consequences().values()) {
            months.put(c.grade(), c.noPromotionMonths());
        }
        List<YearConsequences.Consequence> all = new ArrayList<>(YearConsequences.forTeam(l.teamGrade()));
        for (MemberData m : l.members().values()) {
            all.addAll(YearConsequences.forCadre(m.cadreId(), year, "PRINCIPAL".equals(m.teamRole()), m.teamRole() != null,
                    history.getOrDefault(m.cadreId(), Map.of()), teamHistory, months));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (YearConsequences.Consequence c : all) {
            jdbc.update("insert into annual_consequence (assessment_id, cadre_id, unit_id, grade_year, kind, rule, source, "
                    + "starts_on, ends_on, created_at) values (?,?,?,?,?,?,?,?,?,?)", l.id(), c.cadreId(), l.unitId(), year,
                    c.kind().name(), c.rule(), c.source(), c.startsOn(), c.endsOn(), now);
            String who = c.cadreId() == null ? l.unitName() : l.member(c.cadreId()).name();
            audit.record(AuditEvent.created("assessment.annual.consequence", c.cadreId() == null ? ENTITY : "Cadre",
                    c.cadreId() == null ? l.id() : c.cadreId(), who + " " + year + " " + c.kind(),
                    mapOf("year", year, "kind", c.kind().name(), "rule", c.rule(), "startsOn", c.startsOn(),
                            "endsOn", c.endsOn())));
        }
    }

    private void requireComplete(Loaded l) {
        Problems p = new Problems();
        if (l.teamGrade() == null) {
            p.add("teamGrade", "annual.teamGrade.missing");
        }
        for (MemberData m : l.members().values()) {
            if (m.grade() == null) {
                p.add("grade_" + m.cadreId(), "annual.grade.missing", m.name());
            }
        }
        p.throwIfAny();
    }

    List<Violation> violations(Loaded l) {
        return AnnualRules.check(facts(l), l.book());
    }

    private BoardFacts facts(Loaded l) {
        List<BoardFacts.Member> members = l.members().values().stream()
                .map(m -> new BoardFacts.Member(m.cadreId(), m.name(), "PRINCIPAL".equals(m.teamRole()), m.grade()))
                .toList();
        List<BoardFacts.RecordedConstraint> recorded = constraints.ofYear(l.members().keySet(), l.year()).stream()
                .map(c -> new BoardFacts.RecordedConstraint(c.id(), c.cadreId(),
                        c.kind() == GradeConstraintKind.MUST_BE_INCOMPETENT, c.rule(), c.source(), c.evidence()))
                .toList();
        Set<Long> tolerated = new HashSet<>(jdbc.queryForList("select t.constraint_id from tolerance_decision t "
                + "join annual_assessment_member m on m.cadre_id = t.cadre_id where m.assessment_id = ? "
                + "and t.status = 'APPROVED'", Long.class, l.id()));
        List<String> previous = jdbc.queryForList("select grade from annual_team_grade where unit_id = ? and grade_year = ?",
                String.class, l.unitId(), l.year() - 1);
        return new BoardFacts(l.year(), l.teamGrade(), previous.isEmpty() ? null : TeamGrade.valueOf(previous.get(0)),
                members, recorded, tolerated);
    }

    /** Each violation as "message（rule；依据：source）", joined: the refusal's text. */
    String render(List<Violation> v) {
        return v.stream().map(this::text).collect(Collectors.joining("；"));
    }

    private String message(Violation v) {
        return messages.getMessage(v.messageKey(), v.args().toArray(), v.messageKey(), LocaleContextHolder.getLocale());
    }

    private String text(Violation v) {
        return messages.getMessage("annual.violation", new Object[] {message(v), ruleName(v.rule()), v.source()},
                LocaleContextHolder.getLocale());
    }

    /**
     * The rule's name as the board and its messages show it: the rulebook's name for its rules (the
     * rulebook pages use the same), the annual module's for rules other modules record, else the code.
     */
    private String ruleName(String rule) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("rulebook.rule." + rule, null,
                messages.getMessage("annual.ruleName." + rule, null, rule, locale), locale);
    }

    private Board board(Loaded l) {
        Map<Long, CompositeScore.Result> scores = scores(l.members().keySet(), l.year(), l.book(), l.entered());
        List<GradeConstraints.Recorded> recorded = constraints.ofYear(l.members().keySet(), l.year());
        Set<Long> tolerated = new HashSet<>(jdbc.queryForList("select t.constraint_id from tolerance_decision t "
                + "join annual_assessment_member m on m.cadre_id = t.cadre_id where m.assessment_id = ? "
                + "and t.status = 'APPROVED'", Long.class, l.id()));
        Map<Long, List<Board.ConstraintRow>> byCadre = new HashMap<>();
        for (GradeConstraints.Recorded c : recorded) {
            byCadre.computeIfAbsent(c.cadreId(), k -> new ArrayList<>()).add(new Board.ConstraintRow(c.id(),
                    c.kind().name(), c.rule(), c.source(), c.evidence(), tolerated.contains(c.id())));
        }
        List<Board.MemberRow> rows = new ArrayList<>();
        for (MemberData m : l.members().values()) {
            rows.add(new Board.MemberRow(m.cadreId(), m.name(), m.teamRole(), m.leaderScore(), m.organisationScore(),
                    m.composite(), scores.get(m.cadreId()).parts(), m.proposedGrade(), m.grade(), m.gradeReason(),
                    byCadre.getOrDefault(m.cadreId(), List.of())));
        }
        List<Board.CheckedViolation> checked = violations(l).stream()
                .map(v -> new Board.CheckedViolation(v.rule(), ruleName(v.rule()), v.source(), message(v), text(v), v.cadreId()))
                .toList();
        long used = l.members().values().stream().filter(m -> m.grade() == Grade.EXCELLENT).count();
        Board.Quota quota = new Board.Quota(used,
                l.teamGrade() == null ? null : l.book().excellentAllowed(l.teamGrade(), l.members().size()),
                l.members().size(), l.teamGrade() == null ? null : l.book().quotaPercent().get(l.teamGrade()),
                l.book().rounding().name());
        List<Board.ConsequenceRow> consequences = jdbc.query("select cadre_id, kind, rule, source, starts_on, ends_on "
                + "from annual_consequence where assessment_id = ? order by id", (rs, i) -> {
                    Long cadre = rs.getObject(1) == null ? null : rs.getLong(1);
                    java.sql.Date s = rs.getDate(5);
                    java.sql.Date e = rs.getDate(6);
                    return new Board.ConsequenceRow(cadre, cadre == null ? l.unitName() : l.member(cadre).name(),
                            ConsequenceKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            s == null ? null : s.toLocalDate(), e == null ? null : e.toLocalDate());
                }, l.id());
        List<Board.ToleranceRow> tolerances = jdbc.query("select t.id, t.cadre_id, t.constraint_id, t.reason, t.status "
                + "from tolerance_decision t join annual_assessment_member m on m.cadre_id = t.cadre_id "
                + "where m.assessment_id = ? order by t.id", (rs, i) -> new Board.ToleranceRow(rs.getLong(1),
                        rs.getLong(2), l.member(rs.getLong(2)).name(), rs.getLong(3), rs.getString(4), rs.getString(5)),
                l.id());
        AnnualAssessment s = l.state();
        return new Board(l.id(), l.unitId(), l.unitName(), l.year(), s.status(),
                l.book().name() + " v" + l.book().version(), l.book().basis(), l.teamScore(), l.proposedTeamGrade(),
                l.teamGrade(), l.teamGradeReason(), rows, checked, quota, s.meeting(), s.decidedOn(), s.outcome(),
                s.fedBackOn(), s.circulatedOn(), s.followUpOn(), s.completedOn(), s.completionReport(), consequences,
                tolerances);
    }

    /** Composite scores with their breakdown; {@code entered}: cadre → {leader, organisation} overrides. */
    private Map<Long, CompositeScore.Result> scores(Collection<Long> cadreIds, int year, Rulebook book,
            Map<Long, BigDecimal[]> entered) {
        Map<Long, List<cn.zhishi.report.Grade>> months = monthly.reviewGradesOf(cadreIds, year);
        Map<Long, List<BigDecimal>> quarterly = reviews.yearScores(cadreIds, year, CampaignKind.QUARTERLY);
        Map<Long, List<BigDecimal>> democratic = reviews.yearScores(cadreIds, year, CampaignKind.ANNUAL);
        KeyProjectScores kp = keyProjects.getIfAvailable();
        Map<Long, BigDecimal> projects = kp == null ? Map.of() : kp.scoresOf(cadreIds, year);
        Map<Long, BigDecimal[]> stored = new HashMap<>();
        if (!cadreIds.isEmpty()) {
            new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query(
                    "select m.cadre_id, m.leader_score, m.organisation_score from annual_assessment_member m "
                            + "join annual_assessment a on a.id = m.assessment_id where a.assessed_year = :y "
                            + "and m.cadre_id in (:ids)",
                    Map.of("y", year, "ids", new ArrayList<>(cadreIds)), rs -> {
                        stored.put(rs.getLong(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                    });
        }
        stored.putAll(entered);
        Map<Long, CompositeScore.Result> out = new HashMap<>();
        for (long id : cadreIds) {
            Map<CompositeSource, BigDecimal> v = new EnumMap<>(CompositeSource.class);
            List<BigDecimal> monthValues = months.getOrDefault(id, List.of()).stream().map(AnnualAssessments::points).toList();
            put(v, CompositeSource.MONTHLY_REPORTS, mean(monthValues));
            put(v, CompositeSource.QUARTERLY_REVIEWS, mean(quarterly.getOrDefault(id, List.of())));
            put(v, CompositeSource.DEMOCRATIC_EVALUATION, mean(democratic.getOrDefault(id, List.of())));
            put(v, CompositeSource.KEY_PROJECTS, projects.get(id));
            BigDecimal[] e = stored.get(id);
            if (e != null) {
                put(v, CompositeSource.LEADER_EVALUATION, e[0]);
                put(v, CompositeSource.ORGANISATION_EVALUATION, e[1]);
            }
            out.put(id, CompositeScore.of(book.weights(), v));
        }
        return out;
    }

    /** The monthly grade on the indicator scale 好/较好/一般/差 = 100/80/60/40 (see IndicatorSet). */
    static BigDecimal points(cn.zhishi.report.Grade g) {
        return switch (g) {
            case GOOD -> HUNDRED;
            case FAIRLY_GOOD -> BigDecimal.valueOf(80);
            case AVERAGE -> BigDecimal.valueOf(60);
            case POOR -> BigDecimal.valueOf(40);
        };
    }

    private static void put(Map<CompositeSource, BigDecimal> m, CompositeSource s, BigDecimal v) {
        if (v != null) {
            m.put(s, v);
        }
    }

    static BigDecimal mean(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(java.util.Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    private void refreshTeamProposal(Loaded l) {
        List<BigDecimal> composites = jdbc.queryForList("select composite from annual_assessment_member where assessment_id = ?",
                BigDecimal.class, l.id());
        BigDecimal teamScore = mean(composites);
        TeamGrade proposed = l.book().proposeTeam(teamScore);
        String grade = l.teamGradeReason() == null ? name(proposed) : name(l.teamGrade());
        jdbc.update("update annual_assessment set team_score = ?, proposed_team_grade = ?, team_grade = ? where id = ?",
                teamScore, name(proposed), grade, l.id());
    }

    private static void checkScore(Problems p, BigDecimal s, String field) {
        if (s != null && (s.signum() < 0 || s.compareTo(HUNDRED) > 0)) {
            p.add(field, "annual.score.range");
        }
    }

    /** Team posts of the unit held at the end of the year (or today, if earlier). */
    private Map<Long, String> teamRoles(long unitId, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = end.isAfter(today) ? today : end;
        Map<Long, String> out = new HashMap<>();
        jdbc.query("select t.cadre_id, p.team_role from tenure t join post p on p.id = t.post_id where p.unit_id = ? "
                + "and p.team_role is not null and t.start_date <= ? and (t.end_date is null or t.end_date >= ?)", rs -> {
                    out.merge(rs.getLong(1), rs.getString(2), (a, b) -> "PRINCIPAL".equals(a) ? a : b);
                }, unitId, day, day);
        return out;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    // ---------------------------------------------------------------- loading

    record MemberData(long cadreId, String name, String teamRole, BigDecimal leaderScore, BigDecimal organisationScore,
            BigDecimal composite, Grade proposedGrade, Grade grade, String gradeReason) {
    }

    record Loaded(AnnualAssessment state, int version, long unitId, String unitName, int year, Rulebook book,
            BigDecimal teamScore, TeamGrade proposedTeamGrade, TeamGrade teamGrade, String teamGradeReason,
            Map<Long, MemberData> members) {

        long id() {
            return state.id();
        }

        MemberData member(long cadreId) {
            MemberData m = members.get(cadreId);
            if (m == null) {
                throw new NotFoundException("cadre", cadreId);
            }
            return m;
        }

        Map<Long, BigDecimal[]> entered() {
            Map<Long, BigDecimal[]> out = new HashMap<>();
            members.values().forEach(m -> out.put(m.cadreId(), new BigDecimal[] {m.leaderScore(), m.organisationScore()}));
            return out;
        }
    }

    private Loaded load(long id, Jurisdiction j) {
        return store.load(id, j);
    }
}
