package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/** The rules in the order a verdict lists them; judging is pure and in memory. */
public final class EligibilityPolicy {

    private final List<EligibilityRule> rules;

    public EligibilityPolicy(List<EligibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The shipped rule set. */
    public static EligibilityPolicy standard() {
        return new EligibilityPolicy(List.of(new PromotesOneStepAtATime(), new MinimumYearsInLowerPost(),
                new MinimumYearsOfWork(), new MinimumEducation(), new AnnualGradesAtLeastCompetent(),
                new NoActiveInfluencePeriod(), new KinshipAvoidance(), new NotOnNegativeList(),
                new NotANakedOfficialForRestrictedPosts()));
    }

    public List<EligibilityRule> rules() {
        return rules;
    }

    /**
     * The verdict of a cadre outside the candidate field (人选范围): someone the first rule (the level
     * step, 逐级提拔) already refuses, judged by that rule alone; null when the cadre is inside the field.
     * Screening judges every other rule only for those inside — the post is out of reach for the others
     * whatever their records say — and a single verdict ({@link #judge}) always shows every rule.
     */
    public Verdict outsideField(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        RuleResult step = rules.get(0).evaluate(c, target, profile, asOf);
        if (step.passed()) {
            return null;
        }
        return new Verdict(c.cadreId(), c.name(), c.unitName(), target, asOf, profile.code(), profile.version(),
                profile.labelZh(), c.levelOn(asOf), false, List.of(step));
    }

    public Verdict judge(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        RuleResult[] results = new RuleResult[rules.size()];
        boolean eligible = true;
        for (int i = 0; i < results.length; i++) {
            results[i] = rules.get(i).evaluate(c, target, profile, asOf);
            eligible &= results[i].passed();
        }
        return new Verdict(c.cadreId(), c.name(), c.unitName(), target, asOf, profile.code(), profile.version(),
                profile.labelZh(), c.levelOn(asOf), eligible, List.of(results));
    }
}
