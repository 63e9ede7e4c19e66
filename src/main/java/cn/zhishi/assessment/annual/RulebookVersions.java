package cn.zhishi.assessment.annual;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rulebook's versions (年度考核规则版本): read them with the assessments that pinned them, compare a
 * version with the one before, and create the next version from a {@link RulebookDraft}. A version is
 * never changed once written — an assessment keeps the version it was opened with, and a change is a new
 * version (same code, version + 1) taking effect on its date ({@link Rulebooks#current}). Creating is
 * checked by {@link RulebookDraftRules}, refused whole, and audited with every change.
 */
@Service
@Transactional(readOnly = true)
class RulebookVersions {

    static final String ENTITY = "Rulebook";

    private final JdbcTemplate jdbc;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RulebookVersions(JdbcTemplate jdbc, Jurisdictions jurisdictions, CurrentUser currentUser, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version, newest first (three statements). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public List<RulebookVersion> versions() {
        return load(jurisdictions.current());
    }

    /** One version (404 when unknown). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public RulebookVersion find(long id) {
        return versions().stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("rulebook", id));
    }

    /** The version before {@code v}, if any. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public Optional<RulebookVersion> previous(RulebookVersion v) {
        return versions().stream().filter(x -> x.version() == v.version() - 1).findFirst();
    }

    /** What changed from the version before {@code v} to {@code v}; the first version has no changes. */
    public static List<RulebookChange> changesFrom(Optional<RulebookVersion> previous, RulebookVersion v) {
        return previous.map(p -> RulebookDraftRules.changes(RulebookDraftRules.draftOf(p), RulebookDraftRules.draftOf(v)))
                .orElse(List.of());
    }

    /** The newest version: what a new version starts from. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public RulebookVersion latest() {
        return versions().get(0);
    }

    /** A draft equal to the newest version, dated today (or the newest version's date, when later). */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public RulebookDraft startDraft() {
        RulebookVersion latest = latest();
        RulebookDraft d = RulebookDraftRules.draftOf(latest);
        return new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), d.rounding(),
                d.rules(), d.basis(), RulebookDraftRules.earliestEffectiveFrom(latest, LocalDate.now(clock)));
    }

    /** The problems a draft has, and what it would change — the page shows both before saving. */
    public record Preview(List<FieldProblem> problems, List<RulebookChange> changes) {
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public Preview preview(RulebookDraft d) {
        RulebookVersion latest = latest();
        return new Preview(RulebookDraftRules.check(d, latest),
                RulebookDraftRules.changes(RulebookDraftRules.draftOf(latest), d));
    }

    /**
     * Writes the draft as the next version. Refused with every problem ({@link InvalidInputException})
     * or, when another version was saved since the draft was started, with
     * {@code rulebook.refused.stale}; nothing is written then.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long create(RulebookDraft d) {
        RulebookVersion latest = latest();
        List<FieldProblem> problems = RulebookDraftRules.check(d, latest);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (d.basedOnVersion() != latest.version()) {
            throw new DomainRuleException("rulebook.refused.stale", d.basedOnVersion(), latest.version());
        }
        List<RulebookChange> changes = RulebookDraftRules.changes(RulebookDraftRules.draftOf(latest), d);
        int version = latest.version() + 1;
        String code = latest.book().code();
        String user = currentUser.get().username();
        Map<CompositeSource, BigDecimal> w = d.weights();
        Map<TeamGrade, Integer> q = d.quotaPercent();
        try {
            jdbc.update("""
                    insert into annual_rulebook (code, version, name, weight_monthly, weight_quarterly, weight_democratic,
                      weight_key_projects, weight_leader, weight_organisation, cadre_excellent_min, cadre_competent_min,
                      cadre_basic_min, team_excellent_min, team_good_min, team_average_min, quota_team_excellent,
                      quota_team_good, quota_team_average, quota_team_poor, quota_rounding, basis, created_by, created_at,
                      effective_from) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    code, version, d.name().trim(), w.get(CompositeSource.MONTHLY_REPORTS),
                    w.get(CompositeSource.QUARTERLY_REVIEWS), w.get(CompositeSource.DEMOCRATIC_EVALUATION),
                    w.get(CompositeSource.KEY_PROJECTS), w.get(CompositeSource.LEADER_EVALUATION),
                    w.get(CompositeSource.ORGANISATION_EVALUATION), d.cadreExcellentMin(), d.cadreCompetentMin(),
                    d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), q.get(TeamGrade.EXCELLENT),
                    q.get(TeamGrade.GOOD), q.get(TeamGrade.AVERAGE), q.get(TeamGrade.POOR), d.rounding().name(),
                    d.basis().trim(), user, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), d.effectiveFrom());
        } catch (DuplicateKeyException e) {
            throw new DomainRuleException("rulebook.refused.stale", d.basedOnVersion(), version);
        }
        long id = jdbc.queryForObject("select id from annual_rulebook where code = ? and version = ?", Long.class, code,
                version);
        // every rule the newest version holds is carried over: one left out of the draft is kept switched off
        List<Object[]> rows = new ArrayList<>();
        for (String rule : RulebookDraftRules.rulesOf(RulebookDraftRules.draftOf(latest), d)) {
            RulebookDraft.RuleText r = d.rules() == null ? null : d.rules().get(rule);
            RulebookDraft.RuleText was = latest.rules().get(rule);
            String source = r != null && r.source() != null ? r.source().trim() : was == null || was.source() == null ? ""
                    : was.source();
            rows.add(new Object[] {id, rule, r != null && r.enabled(), source});
        }
        jdbc.batchUpdate("insert into annual_rule_source (rulebook_id, rule, enabled, source) values (?,?,?,?)", rows);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("version", version);
        after.put("basedOn", latest.version());
        after.put("effectiveFrom", d.effectiveFrom().toString());
        after.put("basis", d.basis().trim());
        after.put("changes", changes.stream().filter(c -> !c.field().equals("effectiveFrom") && !c.field().equals("basis"))
                .map(c -> c.field() + ": " + c.before() + " → " + c.after()).toList());
        audit.record(AuditEvent.created("assessment.rulebook.create", ENTITY, id, code + " v" + version, after));
        return id;
    }

    private List<RulebookVersion> load(Jurisdiction j) {
        Map<Long, Map<String, RulebookDraft.RuleText>> rules = new HashMap<>();
        jdbc.query("select s.rulebook_id, s.rule, s.enabled, s.source from annual_rule_source s join annual_rulebook b "
                + "on b.id = s.rulebook_id where b.code = ?", rs -> {
                    rules.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                            new RulebookDraft.RuleText(rs.getBoolean(3), rs.getString(4)));
                }, Rulebooks.DEFAULT_CODE);
        Map<Long, List<RulebookVersion.Use>> uses = new HashMap<>();
        jdbc.query("select a.id, u.name, a.assessed_year, a.status, u.path, a.rulebook_id from annual_assessment a "
                + "join org_unit u on u.id = a.unit_id order by a.assessed_year desc, u.path, a.id", rs -> {
                    if (j.covers(rs.getString(5))) {
                        uses.computeIfAbsent(rs.getLong(6), k -> new ArrayList<>()).add(new RulebookVersion.Use(rs.getLong(1),
                                rs.getString(2), rs.getInt(3), rs.getString(4)));
                    }
                });
        LocalDate today = LocalDate.now(clock);
        List<RulebookVersion> out = new ArrayList<>();
        long[] inForce = {-1};
        jdbc.query("select * from annual_rulebook where code = ? order by version desc", rs -> {
            long id = rs.getLong("id");
            Map<String, RulebookDraft.RuleText> all = rules.getOrDefault(id, Map.of());
            Map<String, String> enabled = new LinkedHashMap<>();
            Map<String, RulebookDraft.RuleText> ordered = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(RulebookDraftRules.RULES);
            all.keySet().stream().filter(r -> !names.contains(r)).sorted().forEach(names::add);
            for (String rule : names) {
                RulebookDraft.RuleText r = all.get(rule);
                ordered.put(rule, r == null ? new RulebookDraft.RuleText(false, "") : r);
                if (r != null && r.enabled()) {
                    enabled.put(rule, r.source());
                }
            }
            LocalDate from = rs.getDate("effective_from").toLocalDate();
            RulebookVersion.State state;
            if (from.isAfter(today)) {
                state = RulebookVersion.State.PENDING;
            } else if (inForce[0] < 0) {
                inForce[0] = id;
                state = RulebookVersion.State.IN_FORCE;
            } else {
                state = RulebookVersion.State.SUPERSEDED;
            }
            OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
            out.add(new RulebookVersion(Rulebooks.row(rs, Map.copyOf(enabled)), from, rs.getString("created_by"),
                    created.atZoneSameInstant(clock.getZone()).toLocalDateTime(), ordered, state,
                    List.copyOf(uses.getOrDefault(id, List.of()))));
        }, Rulebooks.DEFAULT_CODE);
        if (out.isEmpty()) {
            throw new NotFoundException("rulebook", Rulebooks.DEFAULT_CODE);
        }
        return out;
    }
}
