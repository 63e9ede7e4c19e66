package cn.zhishi.eligibility;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.assessment.Grade;
import cn.zhishi.eligibility.policy.CandidateFacts;
import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.PostSummary;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies ([004]): opened by the organisation department with a reason, a candidate list built from
 * screening (each verdict re-checked when added and again on submission), the principal's
 * recommendations by name, and the {@link Vacancy} state machine. Every write is audited; vacancies
 * outside the caller's jurisdiction do not exist for them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
public class Vacancies {

    static final String ENTITY = "Vacancy";

    private final JdbcTemplate jdbc;
    private final Eligibility eligibility;
    private final EligibilityData data;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Vacancies(JdbcTemplate jdbc, Eligibility eligibility, EligibilityData data, OrgDirectory org,
            Jurisdictions jurisdictions, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.data = data;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A vacancy as stored, with its post. */
    public record View(long id, long postId, String postTitle, String unitName, String postLevel, String reason,
            Vacancy.Status status, String exceptionReason, String closingReason, String openedBy,
            OffsetDateTime openedAt, List<Long> candidates) {

        public boolean open() {
            return status == Vacancy.Status.OPEN;
        }

        public boolean submitted() {
            return status == Vacancy.Status.SUBMITTED;
        }

        public boolean finished() {
            return status == Vacancy.Status.CLOSED || status == Vacancy.Status.WITHDRAWN;
        }
    }

    /** 一把手推荐 on record. */
    public record Recommendation(long id, long cadreId, String cadreName, String recommender, String recommenderPost,
            String statement, LocalDate recommendedOn, String recordedBy) {
    }

    /** One row of the comparison table; grades are the last three years, oldest first (null: none recorded). */
    public record Comparison(long cadreId, String name, String unitName, Integer age, String education,
            Integer yearsInPost, List<Integer> gradeYears, List<Grade> grades, List<String> tags, boolean eligibleNow,
            int recommendations) {
    }

    public List<View> list() {
        Jurisdiction j = jurisdictions.current();
        List<View> out = new ArrayList<>();
        for (Long id : jdbc.queryForList("select v.id from vacancy v order by v.id desc", Long.class)) {
            View v = load(id, j, false);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    public View get(long id) {
        View v = load(id, jurisdictions.current(), true);
        return v;
    }

    private View load(long id, Jurisdiction j, boolean required) {
        List<View> rows = jdbc.query("select v.*, p.title, p.post_level, u.name as unit_name, u.path from vacancy v "
                + "join post p on p.id = v.post_id join org_unit u on u.id = p.unit_id where v.id = ?", (rs, i) ->
                j.covers(rs.getString("path")) ? new View(rs.getLong("id"), rs.getLong("post_id"), rs.getString("title"),
                        rs.getString("unit_name"), rs.getString("post_level"), rs.getString("reason"),
                        Vacancy.Status.valueOf(rs.getString("status")), rs.getString("exception_reason"),
                        rs.getString("closing_reason"), rs.getString("opened_by"),
                        rs.getObject("opened_at", OffsetDateTime.class), List.of()) : null, id);
        View v = rows.isEmpty() ? null : rows.get(0);
        if (v == null) {
            if (required) {
                throw new NotFoundException("vacancy", id);
            }
            return null;
        }
        List<Long> candidates = jdbc.queryForList("select cadre_id from vacancy_candidate where vacancy_id = ? order by id",
                Long.class, id);
        return new View(v.id(), v.postId(), v.postTitle(), v.unitName(), v.postLevel(), v.reason(), v.status(),
                v.exceptionReason(), v.closingReason(), v.openedBy(), v.openedAt(), candidates);
    }

    private Vacancy machine(View v) {
        return new Vacancy(v.status(), v.candidates(), v.exceptionReason(), v.closingReason());
    }

    private void store(long id, Vacancy m) {
        jdbc.update("update vacancy set status = ?, exception_reason = ?, closing_reason = ? where id = ?",
                m.status().name(), m.exceptionReason(), m.closingReason(), id);
    }

    private String summary(View v) {
        return v.unitName() + " · " + v.postTitle();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String text(String s, String field, int max, Problems p) {
        p.require(s, field);
        if (s != null && s.trim().length() > max) {
            p.add(field, "validation.tooLong", max);
        }
        return s == null ? null : s.trim();
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long open(VacancyForm f) {
        Problems p = new Problems().require(f.getPostId(), "postId");
        String reason = text(f.getReason(), "reason", 500, p);
        p.throwIfAny();
        PostSummary post = org.findPost(f.getPostId(), jurisdictions.current())
                .orElseThrow(() -> InvalidInputException.of("postId", "eligibility.post.unknown"));
        jdbc.update("insert into vacancy (post_id, reason, status, opened_by, opened_at) values (?,?,?,?,?)", post.id(),
                reason, Vacancy.open().status().name(), currentUser.get().username(), now());
        Long id = jdbc.queryForObject("select max(id) from vacancy where post_id = ?", Long.class, post.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("postId", post.id());
        after.put("reason", reason);
        after.put("status", "OPEN");
        audit.record(AuditEvent.created("vacancy.open", ENTITY, id, post.unitName() + " · " + post.title(), after));
        return id;
    }

    /** Adds a cadre after re-checking the verdict for the vacancy's post today. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void addCandidate(long id, Long cadreId) {
        if (cadreId == null) {
            throw InvalidInputException.of("cadreId", "validation.required");
        }
        View v = get(id);
        Vacancy m = machine(v);
        Verdict verdict = eligibility.verdict(cadreId, v.postId(), null, LocalDate.now(clock));
        m.addCandidate(cadreId, verdict.eligible());
        jdbc.update("insert into vacancy_candidate (vacancy_id, cadre_id, added_by, added_at) values (?,?,?,?)", id, cadreId,
                currentUser.get().username(), now());
        audit.record(AuditEvent.changed("vacancy.candidate.add", ENTITY, id, summary(v),
                Map.of("candidates", v.candidates()), Map.of("candidates", m.candidates(), "added", cadreId,
                        "verdict", "eligible", "profile", verdict.profileCode() + "/v" + verdict.profileVersion())));
    }

    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void removeCandidate(long id, long cadreId) {
        View v = get(id);
        Vacancy m = machine(v);
        m.removeCandidate(cadreId);
        jdbc.update("delete from vacancy_candidate where vacancy_id = ? and cadre_id = ?", id, cadreId);
        audit.record(AuditEvent.changed("vacancy.candidate.remove", ENTITY, id, summary(v),
                Map.of("candidates", v.candidates()), Map.of("candidates", m.candidates(), "removed", cadreId)));
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long recommend(long id, VacancyForm f) {
        Problems p = new Problems().require(f.getCadreId(), "cadreId").require(f.getRecommendedOn(), "recommendedOn");
        String who = text(f.getRecommender(), "recommender", 60, p);
        String post = text(f.getRecommenderPost(), "recommenderPost", 100, p);
        String statement = text(f.getStatement(), "statement", 1000, p);
        if (f.getRecommendedOn() != null && f.getRecommendedOn().isAfter(LocalDate.now(clock))) {
            p.add("recommendedOn", "validation.future");
        }
        p.throwIfAny();
        View v = get(id);
        machine(v).recommend(f.getCadreId());
        jdbc.update("insert into vacancy_recommendation (vacancy_id, cadre_id, recommender, recommender_post, statement, "
                + "recommended_on, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?)", id, f.getCadreId(), who, post,
                statement, f.getRecommendedOn(), currentUser.get().username(), now());
        Long recId = jdbc.queryForObject("select max(id) from vacancy_recommendation where vacancy_id = ?", Long.class, id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("recommendationId", recId);
        after.put("cadreId", f.getCadreId());
        after.put("recommender", who);
        after.put("recommenderPost", post);
        after.put("statement", statement);
        after.put("recommendedOn", f.getRecommendedOn());
        audit.record(AuditEvent.created("vacancy.recommend", ENTITY, id, summary(v), after));
        return recId;
    }

    /** Re-checks every candidate's verdict today and sends the list forward (exception reason below three). */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void submit(long id, String exceptionReason) {
        if (exceptionReason != null && exceptionReason.trim().length() > 500) {
            throw InvalidInputException.of("reason", "validation.tooLong", 500);
        }
        View v = get(id);
        Vacancy m = machine(v);
        LocalDate today = LocalDate.now(clock);
        List<Long> eligibleNow = new ArrayList<>();
        for (Long c : v.candidates()) {
            if (eligibility.verdict(c, v.postId(), null, today).eligible()) {
                eligibleNow.add(c);
            }
        }
        m.submit(eligibleNow.size(), exceptionReason);
        store(id, m);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", m.status().name());
        after.put("eligibleCandidates", eligibleNow);
        after.put("exceptionReason", m.exceptionReason() == null ? "" : m.exceptionReason());
        audit.record(AuditEvent.changed("vacancy.submit", ENTITY, id, summary(v), Map.of("status", v.status().name()),
                after));
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void close(long id, String reason) {
        finish(id, reason, true);
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void withdraw(long id, String reason) {
        finish(id, reason, false);
    }

    private void finish(long id, String reason, boolean close) {
        Problems p = new Problems();
        String r = text(reason, "reason", 500, p);
        p.throwIfAny();
        View v = get(id);
        Vacancy m = machine(v);
        if (close) {
            m.close(r);
        } else {
            m.withdraw(r);
        }
        store(id, m);
        audit.record(AuditEvent.changed(close ? "vacancy.close" : "vacancy.withdraw", ENTITY, id, summary(v),
                Map.of("status", v.status().name()), Map.of("status", m.status().name(), "reason", r)));
    }

    public List<Recommendation> recommendations(long id) {
        get(id);
        return jdbc.query("select r.*, c.name from vacancy_recommendation r join cadre c on c.id = r.cadre_id "
                + "where r.vacancy_id = ? order by r.recommended_on, r.id", (rs, i) -> new Recommendation(rs.getLong("id"),
                rs.getLong("cadre_id"), rs.getString("name"), rs.getString("recommender"), rs.getString("recommender_post"),
                rs.getString("statement"), rs.getDate("recommended_on").toLocalDate(), rs.getString("recorded_by")), id);
    }

    /** The comparison table: age, education, years in the current post, last three grades, tags, verdict today. */
    public List<Comparison> comparison(long id) {
        View v = get(id);
        if (v.candidates().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, CandidateFacts> facts = data.facts(EligibilityData.Scope.ids(v.candidates()), today);
        Map<Long, Integer> recs = new LinkedHashMap<>();
        jdbc.query("select cadre_id, count(*) from vacancy_recommendation where vacancy_id = ? group by cadre_id",
                rs -> {
                    recs.put(rs.getLong(1), rs.getInt(2));
                }, id);
        List<Integer> years = List.of(today.getYear() - 3, today.getYear() - 2, today.getYear() - 1);
        List<Comparison> out = new ArrayList<>();
        for (Long cadreId : v.candidates()) {
            CandidateFacts c = facts.get(cadreId);
            if (c == null) {
                continue;
            }
            LocalDate since = Eligibility.startAtLevel(c, today);
            List<Grade> grades = new ArrayList<>();
            years.forEach(y -> grades.add(c.grades().get(y)));
            List<String> tags = jdbc.queryForList("select label from cadre_tag where cadre_id = ? order by tagged_on, id",
                    String.class, cadreId);
            boolean eligibleNow = eligibility.verdict(cadreId, v.postId(), null, today).eligible();
            out.add(new Comparison(cadreId, c.name(), c.unitName(),
                    c.birthDate() == null ? null : Period.between(c.birthDate(), today).getYears(), c.highestEducation(),
                    since.equals(LocalDate.MAX) ? null : Period.between(since, today).getYears(), years, grades, tags,
                    eligibleNow, recs.getOrDefault(cadreId, 0)));
        }
        return out;
    }
}
