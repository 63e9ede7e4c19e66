package cn.zhishi.eligibility.policy;

import java.time.LocalDate;

/** One named, versioned rule that allows or refuses a cadre for a target on a day, citing its source. */
public interface EligibilityRule {

    /** Stable name, e.g. {@code MinimumYearsInLowerPost}; also the message key suffix. */
    default String code() {
        return CODES.get(getClass());
    }

    /** Class names, computed once per rule class: {@code code()} is asked for every cadre screened. */
    ClassValue<String> CODES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName();
        }
    };

    default int version() {
        return 1;
    }

    /** The regulation text the rule applies under this profile. */
    String basis(PolicyProfile profile);

    RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf);
}
