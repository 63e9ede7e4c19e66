package cn.zhishi.eligibility.policy;

import cn.zhishi.assessment.Grade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 近N年年度考核: the last {@code gradeYears} calendar years before the question day's year (asked on
 * any day of 2026, the years are 2023–2025). National (条例第二十四条): no 基本称职 or 不称职 among them;
 * local [000]: every one 称职 or 优秀 (a missing or 不定等次 year fails too). A bad year Y stops counting
 * on 1 January of Y + N + 1 — the cure date given (assuming the years between are good).
 * Promotions only.
 */
public final class AnnualGradesAtLeastCompetent implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return profile.gradeCondition() == PolicyProfile.GradeCondition.NONE_BELOW_COMPETENT
                ? "《党政领导干部选拔任用工作条例》(2019)第二十四条：最近三年年度考核结果中有基本称职以下等次的，不得列为考察对象"
                : "[000]东营市：干部提拔近三年考核结果称职以上";
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        String current = c.levelOn(asOf);
        if (current == null || !PostLevels.step(current, target.level()).isPromotion()) {
            return RuleResult.pass(this, profile);
        }
        int n = profile.gradeYears();
        List<Reason> reasons = new ArrayList<>();
        for (int year = asOf.getYear() - n; year < asOf.getYear(); year++) {
            Grade g = c.grades().get(year);
            LocalDate cures = LocalDate.of(year + n + 1, 1, 1);
            if (g != null && g.isBelowCompetent()) {
                reasons.add(Reason.of("rule.AnnualGradesAtLeastCompetent.below", cures, String.valueOf(year), "enum.Grade." + g, cures));
            } else if (profile.gradeCondition() == PolicyProfile.GradeCondition.ALL_COMPETENT_OR_BETTER
                    && (g == null || g == Grade.NOT_GRADED)) {
                reasons.add(g == null ? Reason.of("rule.AnnualGradesAtLeastCompetent.missing", null, String.valueOf(year))
                        : Reason.of("rule.AnnualGradesAtLeastCompetent.notGraded", cures, String.valueOf(year), cures));
            }
        }
        return RuleResult.check(this, profile, reasons);
    }
}
