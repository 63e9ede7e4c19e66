package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/** 负面清单: a cadre with a recorded (not withdrawn) negative situation may not be recommended. */
public final class NotOnNegativeList implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return "[000]东营市干部制度执行力和治理能力负面清单：存在负面情形的不得列为推荐考察人选";
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        List<Reason> reasons = c.negativeHits().stream().filter(h -> !h.foundOn().isAfter(asOf))
                .map(h -> Reason.of("rule.NotOnNegativeList.hit", null, h.situation(), h.foundOn(), h.evidence(),
                        h.source(), h.recordedBy())).toList();
        return RuleResult.check(this, profile, reasons);
    }
}
