package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/** 工龄: 提任县处级领导职务的，应当具有五年以上工龄 (profile: years_of_work_for_division). Counted from the work-start date; met on the anniversary. */
public final class MinimumYearsOfWork implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return "《党政领导干部选拔任用工作条例》(2019)第七条第(一)项：提任县处级领导职务的，应当具有五年以上工龄";
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        String current = c.levelOn(asOf);
        if (!PostLevels.isDivisionOrAbove(target.level()) || current == null
                || !PostLevels.step(current, target.level()).isPromotion()) {
            return RuleResult.pass(this, profile);
        }
        if (c.workStartDate() == null) {
            return RuleResult.check(this, profile, List.of(Reason.of("rule.MinimumYearsOfWork.unknown", null)));
        }
        LocalDate met = c.workStartDate().plusYears(profile.yearsOfWorkForDivision());
        if (!asOf.isBefore(met)) {
            return RuleResult.pass(this, profile);
        }
        return RuleResult.check(this, profile, List.of(Reason.of("rule.MinimumYearsOfWork.short", met,
                c.workStartDate(), profile.yearsOfWorkForDivision(), met)));
    }
}
