package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * 影响期: no sanction, organisational handling, 诫勉 or annual-grade window may be running on the
 * question day ({@link cn.zhishi.cadre.InfluencePeriod}: first and last day inclusive; eligible again
 * the day after the last). Applies to every appointment asked about, promotion or not: some
 * sanctions bar posts equal to the former one too (《中国共产党纪律处分条例》第十一条).
 */
public final class NoActiveInfluencePeriod implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return "《党政领导干部选拔任用工作条例》(2019)第二十四条：受到诫勉、组织处理或者党纪政务处分等影响期未满的，不得列为考察对象";
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        List<Reason> reasons = c.periods().stream().filter(p -> p.period().contains(asOf))
                .map(p -> Reason.of("rule.NoActiveInfluencePeriod.active", p.period().end().plusDays(1),
                        p.label(), p.decidedOn(), p.period().end(), p.basis()))
                .toList();
        return RuleResult.check(this, profile, reasons);
    }
}
