package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/** One rule's answer: passed, or refused with every reason; names the rule, its version and basis. */
public record RuleResult(String rule, int version, String basis, boolean passed, List<Reason> reasons) {

    public static RuleResult pass(EligibilityRule r, PolicyProfile p) {
        return new RuleResult(r.code(), r.version(), r.basis(p), true, List.of());
    }

    public static RuleResult check(EligibilityRule r, PolicyProfile p, List<Reason> reasons) {
        return new RuleResult(r.code(), r.version(), r.basis(p), reasons.isEmpty(), List.copyOf(reasons));
    }

    /** The day every reason is cured by time, or null when one of them is not. */
    public LocalDate curesOn() {
        if (passed) {
            return null;
        }
        LocalDate latest = null;
        for (Reason r : reasons) {
            if (r.curesOn() == null) {
                return null;
            }
            latest = latest == null || r.curesOn().isAfter(latest) ? r.curesOn() : latest;
        }
        return latest;
    }
}
