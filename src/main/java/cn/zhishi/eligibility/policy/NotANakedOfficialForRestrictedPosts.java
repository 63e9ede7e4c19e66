package cn.zhishi.eligibility.policy;

import cn.zhishi.cadre.NakedOfficial;
import java.time.LocalDate;
import java.util.List;

/**
 * 裸官 as {@link NakedOfficial} defines it. Refused for the restricted posts ({@link Target#isRestrictedForNakedOfficials()}),
 * and — when the profile says {@code ALL_PROMOTIONS} — for any promotion (条例第二十四条).
 */
public final class NotANakedOfficialForRestrictedPosts implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return "《配偶已移居国（境）外的国家工作人员任职岗位管理办法》(2014)（限入岗位）；《党政领导干部选拔任用工作条例》(2019)第二十四条：配偶已移居国（境）外，或者没有配偶但子女均已移居国（境）外的，不得列为考察对象";
    }

    public static boolean isNaked(List<CandidateFacts.Relative> family) {
        return NakedOfficial.applies(family.stream().map(r -> new NakedOfficial.Kin(r.relation(), r.settledAbroad())).toList());
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        if (!isNaked(c.family())) {
            return RuleResult.pass(this, profile);
        }
        String who = c.family().stream().filter(CandidateFacts.Relative::settledAbroad)
                .map(r -> r.name() + (r.country() == null ? "" : "（" + r.country() + "）"))
                .reduce((a, b) -> a + "、" + b).orElse("");
        if (target.isRestrictedForNakedOfficials()) {
            return RuleResult.check(this, profile, List.of(Reason.of("rule.NotANakedOfficial.restrictedPost", null, who)));
        }
        String current = c.levelOn(asOf);
        if (profile.nakedOfficialScope() == PolicyProfile.NakedOfficialScope.ALL_PROMOTIONS && current != null
                && PostLevels.step(current, target.level()).isPromotion()) {
            return RuleResult.check(this, profile, List.of(Reason.of("rule.NotANakedOfficial.promotion", null, who)));
        }
        return RuleResult.pass(this, profile);
    }
}
