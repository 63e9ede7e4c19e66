package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/** 文化程度: 一般应当具有大学专科以上文化程度 (profile: min_education_level). Promotions only. */
public final class MinimumEducation implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return "《党政领导干部选拔任用工作条例》(2019)第七条第(四)项：一般应当具有大学专科以上文化程度";
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        String current = c.levelOn(asOf);
        if (profile.minEducationLevel() == null || current == null
                || !PostLevels.step(current, target.level()).isPromotion()) {
            return RuleResult.pass(this, profile);
        }
        if (c.highestEducation() == null) {
            return RuleResult.check(this, profile, List.of(Reason.of("rule.MinimumEducation.unknown", null)));
        }
        // education_level codes: a lower code is a higher level (10 研究生 … 30 大学专科 … 70 初中)
        if (c.highestEducation().compareTo(profile.minEducationLevel()) <= 0) {
            return RuleResult.pass(this, profile);
        }
        return RuleResult.check(this, profile, List.of(Reason.of("rule.MinimumEducation.below", null,
                "dict.education_level." + c.highestEducation(), "dict.education_level." + profile.minEducationLevel())));
    }
}
