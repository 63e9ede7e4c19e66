package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * 逐级提拔: the target is the level the cadre holds (a lateral move) or at most one step above the level the cadre holds on the day, and the cadre
 * holds a post that day. Skipping a level is 破格提拔, which needs its own procedure and is not
 * decided by screening. A lower post is not a candidacy either (降职 is a handling, not a selection).
 */
public final class PromotesOneStepAtATime implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return "《党政领导干部选拔任用工作条例》(2019)第九条：党政领导干部应当逐级提拔；破格提拔须按规定程序";
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        String current = c.levelOn(asOf);
        if (current == null) {
            return RuleResult.check(this, profile, List.of(Reason.of("rule.PromotesOneStepAtATime.noPost", null)));
        }
        PostLevels.Step step = PostLevels.step(current, target.level());
        if (step == PostLevels.Step.SKIPS_LEVELS || step == PostLevels.Step.NO_LEVEL) {
            return RuleResult.check(this, profile, List.of(Reason.of("rule.PromotesOneStepAtATime.skips", null,
                    "dict.post_level." + current, "dict.post_level." + target.level())));
        }
        if (step == PostLevels.Step.DOWNWARD) {
            return RuleResult.check(this, profile, List.of(Reason.of("rule.PromotesOneStepAtATime.lower", null,
                    "dict.post_level." + current, "dict.post_level." + target.level())));
        }
        return RuleResult.pass(this, profile);
    }
}
