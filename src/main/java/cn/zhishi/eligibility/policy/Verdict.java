package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one cadre and target on one day: eligible or not, under which profile, with every
 * rule's result. {@link #curesOn()} is the day from which the cadre becomes eligible when time alone
 * cures every failure (null otherwise, or when eligible).
 */
public record Verdict(long cadreId, String cadreName, String unitName, Target target, LocalDate asOf,
        String profileCode, int profileVersion, String profileLabel, String currentLevel, boolean eligible,
        List<RuleResult> results) {

    public List<RuleResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public LocalDate curesOn() {
        if (eligible) {
            return null;
        }
        LocalDate latest = null;
        for (RuleResult r : failures()) {
            LocalDate d = r.curesOn();
            if (d == null) {
                return null;
            }
            latest = latest == null || d.isAfter(latest) ? d : latest;
        }
        return latest;
    }
}
