package cn.zhishi.eligibility;

import cn.zhishi.eligibility.policy.CandidateFacts;
import cn.zhishi.eligibility.policy.EligibilityPolicy;
import cn.zhishi.eligibility.policy.PolicyProfile;
import cn.zhishi.eligibility.policy.PostLevels;
import cn.zhishi.eligibility.policy.RuleResult;
import cn.zhishi.eligibility.policy.Target;
import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.PostSummary;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verdicts and screening: loads facts in bulk, picks the policy profile of the target's jurisdiction,
 * and judges in memory with {@link EligibilityPolicy}. Within the caller's jurisdiction only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
public class Eligibility {

    private final EligibilityData data;
    private final Kinship kinship;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Clock clock;
    private static final Logger log = LoggerFactory.getLogger(Eligibility.class);

    private final EligibilityPolicy policy = EligibilityPolicy.standard();

    Eligibility(EligibilityData data, Kinship kinship, OrgDirectory org, Jurisdictions jurisdictions, Clock clock) {
        this.data = data;
        this.kinship = kinship;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** The verdict for a cadre and a post ({@code postId}) or a level ({@code level}) on {@code asOf} (today when null). */
    public Verdict verdict(long cadreId, Long postId, String level, LocalDate asOf) {
        Jurisdiction j = jurisdictions.current();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        CandidateFacts c = data.facts(EligibilityData.Scope.ids(List.of(cadreId)), day).get(cadreId);
        if (c == null || !j.covers(org.unitsById(List.of(c.unitId())).get(c.unitId()).path())) {
            throw new NotFoundException("cadre", cadreId);
        }
        Target target = target(postId, level, j);
        if (target.isPost()) {
            c = c.withConflicts(kinship.conflictsFor(cadreId, target.postId(), day, day));
        }
        PolicyProfile profile = profileFor(target, c, j);
        return policy.judge(c, target, profile, day);
    }

    Target target(Long postId, String level, Jurisdiction j) {
        if (postId != null) {
            PostSummary p = org.findPost(postId, j).orElseThrow(() -> InvalidInputException.of("postId", "eligibility.post.unknown"));
            return new Target(p.id(), p.title(), p.unitId(), p.unitName(), p.postLevel(), p.teamRole(), p.keyKinds());
        }
        if (level == null || PostLevels.rank(level) < 0) {
            throw InvalidInputException.of("postId", "eligibility.target.required");
        }
        return Target.level(level);
    }

    private PolicyProfile profileFor(Target target, CandidateFacts c, Jurisdiction j) {
        long unitId = target.isPost() ? target.unitId() : c.unitId();
        UnitSummary u = org.unitsById(List.of(unitId)).get(unitId);
        return data.profiles().get(data.profileCodeFor(u == null ? null : u.path()));
    }

    /** The outcome of screening a subtree for one vacancy. */
    public record Screening(Target target, LocalDate asOf, String profileCode, int profileVersion, String profileLabel,
            int screened, List<Verdict> eligible, Map<String, List<Verdict>> ineligibleByRule, long millis) {

        public int ineligibleCount() {
            return screened - eligible.size();
        }
    }

    /**
     * Screens every active cadre of {@code unitId}'s subtree (or the whole jurisdiction) for the post on
     * {@code asOf}: eligible ones ranked (most 优秀 in the last three years, then longest at their level),
     * the others grouped by each rule they fail — those outside the candidate field (the level step fails)
     * under that rule alone. The post's current holders are left out.
     */
    public Screening screen(long postId, Long unitId, LocalDate asOf) {
        Jurisdiction j = jurisdictions.current();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Problems p = new Problems();
        Target target;
        try {
            target = target(postId, null, j);
        } catch (InvalidInputException e) {
            throw e;
        }
        List<String> prefixes;
        if (unitId != null) {
            UnitSummary u = org.findUnit(unitId, j).orElse(null);
            if (u == null) {
                p.add("unitId", "eligibility.unit.outside");
            }
            p.throwIfAny();
            prefixes = List.of(u.path());
        } else {
            prefixes = j.paths();
        }
        long t0 = System.nanoTime();
        UnitSummary targetUnit = org.unitsById(List.of(target.unitId())).get(target.unitId());
        PolicyProfile profile = data.profiles().get(data.profileCodeFor(targetUnit.path()));
        // first who is in the candidate field at all (the level step), from names and tenures only; then
        // the other facts for those inside: at city scale most cadres are two levels or more away
        Map<Long, CandidateFacts> careers = new LinkedHashMap<>();
        for (String prefix : prefixes) {
            careers.putAll(data.careers(EligibilityData.Scope.subtree(prefix), day));
        }
        List<CandidateFacts> candidates = new ArrayList<>(careers.size());
        for (CandidateFacts c : careers.values()) {
            if (!holdsPost(c, postId, day)) {
                candidates.add(c);
            }
        }
        int screened = candidates.size();
        Verdict[] verdicts = new Verdict[screened];
        Map<Long, CandidateFacts> field = new LinkedHashMap<>();
        for (int i = 0; i < screened; i++) {
            CandidateFacts c = candidates.get(i);
            verdicts[i] = policy.outsideField(c, target, profile, day);
            if (verdicts[i] == null) {
                field.put(c.cadreId(), c);
            }
        }
        Map<Long, CandidateFacts> facts = data.withRecords(field, day);
        long t1 = System.nanoTime();
        Map<Long, List<CandidateFacts.KinshipConflict>> conflicts = kinship.conflictsWithPost(postId, day);
        long t2 = System.nanoTime();
        List<Verdict> eligible = new ArrayList<>();
        Map<String, List<Verdict>> byRule = new LinkedHashMap<>();
        policy.rules().forEach(r -> byRule.put(r.code(), new ArrayList<>()));
        // judging is pure: split over the cores, then grouped in the order the cadres were read
        java.util.stream.IntStream.range(0, screened).parallel().forEach(i -> {
            if (verdicts[i] == null) {
                CandidateFacts c = facts.get(candidates.get(i).cadreId());
                List<CandidateFacts.KinshipConflict> k = conflicts.get(c.cadreId());
                verdicts[i] = policy.judge(k == null ? c : c.withConflicts(k), target, profile, day);
            }
        });
        for (Verdict v : verdicts) {
            if (v.eligible()) {
                eligible.add(v);
            } else {
                for (RuleResult r : v.results()) {
                    if (!r.passed()) {
                        byRule.get(r.rule()).add(v);
                    }
                }
            }
        }
        // sort keys computed once per candidate, not once per comparison
        Map<Long, Long> excellent = new java.util.HashMap<>(eligible.size() * 2);
        Map<Long, LocalDate> atLevelSince = new java.util.HashMap<>(eligible.size() * 2);
        for (Verdict v : eligible) {
            excellent.put(v.cadreId(), excellentYears(facts.get(v.cadreId()), day));
            atLevelSince.put(v.cadreId(), startAtLevel(facts.get(v.cadreId()), day));
        }
        eligible.sort(Comparator.comparingLong((Verdict v) -> -excellent.get(v.cadreId()))
                .thenComparing(v -> atLevelSince.get(v.cadreId())).thenComparingLong(Verdict::cadreId));
        byRule.values().removeIf(List::isEmpty);
        long t3 = System.nanoTime();
        long millis = (t3 - t0) / 1_000_000;
        if (log.isDebugEnabled()) {
            log.debug("screened {} cadres in {} ms: facts {} ms, kinship {} ms, judging and ranking {} ms", screened, millis,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        }
        return new Screening(target, day, profile.code(), profile.version(), profile.labelZh(), screened, eligible, byRule,
                millis);
    }

    private static boolean holdsPost(CandidateFacts c, long postId, LocalDate day) {
        for (CandidateFacts.HeldPost h : c.posts()) {
            if (h.postId() == postId && h.heldOn(day)) {
                return true;
            }
        }
        return false;
    }

    static long excellentYears(CandidateFacts c, LocalDate day) {
        return c.grades().entrySet().stream().filter(e -> e.getKey() >= day.getYear() - 3 && e.getKey() < day.getYear())
                .filter(e -> e.getValue() == cn.zhishi.assessment.Grade.EXCELLENT).count();
    }

    static LocalDate startAtLevel(CandidateFacts c, LocalDate day) {
        String level = c.levelOn(day);
        return c.posts().stream().filter(h -> h.level().equals(level) && h.heldOn(day))
                .map(CandidateFacts.HeldPost::start).min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
    }

    /** Profiles on offer, for pages. */
    public List<PolicyProfile> profiles() {
        return List.copyOf(data.profiles().values());
    }
}
