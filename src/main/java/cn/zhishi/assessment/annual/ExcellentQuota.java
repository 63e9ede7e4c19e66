package cn.zhishi.assessment.annual;

import java.util.List;

/**
 * [003]: team 优秀 → members' 优秀 share ≤ 30 %; team 一般 → ≤ 10 %; team 较差 → none. 良好 is not named
 * in [003]; the shipped 20 % is 《公务员考核规定》(2020)'s general share. Percentages and the rounding
 * ({@link QuotaRounding}, default floor) come from the rulebook. Counted over all assessed members,
 * principal included. No team grade yet → nothing to check.
 */
public final class ExcellentQuota implements AnnualRule {

    public static final String NAME = "ExcellentQuota";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Violation> check(BoardFacts f, Rulebook book) {
        if (f.teamGrade() == null) {
            return List.of();
        }
        int allowed = book.excellentAllowed(f.teamGrade(), f.members().size());
        long used = f.excellentCount();
        if (used <= allowed) {
            return List.of();
        }
        return List.of(new Violation(NAME, book.sourceOf(NAME), "annual.rule.ExcellentQuota",
                List.of(used, allowed, f.members().size(), book.quotaPercent().getOrDefault(f.teamGrade(), 0)), null));
    }
}
