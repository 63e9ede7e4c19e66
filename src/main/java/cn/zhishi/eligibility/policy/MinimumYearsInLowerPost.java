package cn.zhishi.eligibility.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 任职年限: a promotion needs N years at the level the cadre holds, N by kind of step (profile):
 * national 第七条(三) 副职提任正职 ≥ 2 years, 下级正职提任上级副职 ≥ 3 years; [000] local: 3 years for every step.
 * <p>Counting: the days at that level (all tenures at the level, overlaps merged) up to the question
 * day. The cadre qualifies on the anniversary: a single spell from 2022-03-15 gives 3 years on
 * 2025-03-15 (not on the 14th); earlier spells at the same level move that day earlier by their
 * length. Time cures it while the cadre stays in post.
 */
public final class MinimumYearsInLowerPost implements EligibilityRule {

    @Override
    public String basis(PolicyProfile profile) {
        return profile.code().startsWith("NATIONAL")
                ? "《党政领导干部选拔任用工作条例》(2019)第七条第(三)项：由副职提任正职的，应当在副职岗位工作两年以上；由下级正职提任上级副职的，应当在下级正职岗位工作三年以上"
                : profile.basis();
    }

    @Override
    public RuleResult evaluate(CandidateFacts c, Target target, PolicyProfile profile, LocalDate asOf) {
        String current = c.levelOn(asOf);
        if (current == null) {
            return RuleResult.pass(this, profile);
        }
        PostLevels.Step step = PostLevels.step(current, target.level());
        Integer years = profile.yearsFor(step);
        if (years == null || years == 0) {
            return RuleResult.pass(this, profile);
        }
        LocalDate qualifiesOn = qualifiesOn(c.posts(), current, asOf, years);
        if (!asOf.isBefore(qualifiesOn)) {
            return RuleResult.pass(this, profile);
        }
        return RuleResult.check(this, profile, List.of(Reason.of("rule.MinimumYearsInLowerPost.short", qualifiesOn,
                "dict.post_level." + current, years, "enum.Step." + step, qualifiesOn)));
    }

    /** The day the cadre completes {@code years} at {@code level}, if they stay in post. */
    static LocalDate qualifiesOn(List<CandidateFacts.HeldPost> posts, String level, LocalDate asOf, int years) {
        List<LocalDate[]> spells = new ArrayList<>();
        posts.stream().filter(p -> level.equals(p.level()) && !p.start().isAfter(asOf))
                .sorted(Comparator.comparing(CandidateFacts.HeldPost::start)).forEach(p -> {
                    LocalDate end = p.end() == null || p.end().isAfter(asOf) ? asOf : p.end();
                    LocalDate[] last = spells.isEmpty() ? null : spells.get(spells.size() - 1);
                    if (last != null && !p.start().isAfter(last[1].plusDays(1))) {
                        if (end.isAfter(last[1])) {
                            last[1] = end;
                        }
                    } else {
                        spells.add(new LocalDate[] {p.start(), end});
                    }
                });
        if (spells.isEmpty()) {
            return LocalDate.MAX;
        }
        LocalDate[] currentSpell = spells.get(spells.size() - 1);
        long earlierDays = 0;
        for (int i = 0; i < spells.size() - 1; i++) {
            earlierDays += ChronoUnit.DAYS.between(spells.get(i)[0], spells.get(i)[1]) + 1;
        }
        return currentSpell[0].minusDays(earlierDays).plusYears(years);
    }
}
