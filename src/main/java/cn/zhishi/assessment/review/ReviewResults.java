package cn.zhishi.assessment.review;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.Indicator;
import cn.zhishi.assessment.indicator.IndicatorSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's results, computed from its ballots:
 * <ul>
 * <li>a ballot's score is the set's weighted score of its ratings ({@link IndicatorSet#score});</li>
 * <li>a rater group's score for a target is the mean of its ballots' scores; per indicator, the mean
 * of the scores given to it;</li>
 * <li>a target's score (overall and per indicator) is the weighted mean of its groups' scores over the
 * groups that voted: a group without ballots gives its weight to the others, it never counts as zero;</li>
 * <li>a group flags the target when 基本称职 and 不称职 make up at least {@code flagPercent}% of the
 * overall grades it gave ([003]: many such votes call for a talk).</li>
 * </ul>
 * Scores are rounded to two decimals, half up, only when reported.
 */
public final class ReviewResults {

    private static final MathContext MC = MathContext.DECIMAL64;

    private ReviewResults() {
    }

    public record GroupResult(RaterGroup group, BigDecimal weight, BigDecimal sharePercent, int ballots,
            BigDecimal score, Map<Grade, Integer> grades, BigDecimal lowPercent, boolean flagged) {

        public int graded() {
            return grades.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(Grade g) {
            return grades.getOrDefault(g, 0);
        }
    }

    public record IndicatorScore(int position, String name, BigDecimal score) {
    }

    public record TargetResult(long cadreId, BigDecimal score, List<IndicatorScore> indicators, List<GroupResult> groups,
            List<RaterGroup> missingGroups, boolean flagged) {

        public int ballots() {
            return groups.stream().mapToInt(GroupResult::ballots).sum();
        }
    }

    public static List<TargetResult> compute(IndicatorSet set, Map<RaterGroup, BigDecimal> weights, List<Long> targets,
            List<Ballot> ballots, int flagPercent) {
        List<TargetResult> out = new ArrayList<>();
        for (long target : targets) {
            Map<RaterGroup, List<Ballot>> byGroup = new EnumMap<>(RaterGroup.class);
            for (Ballot b : ballots) {
                if (b.targetCadreId() == target && weights.containsKey(b.group())) {
                    byGroup.computeIfAbsent(b.group(), k -> new ArrayList<>()).add(b);
                }
            }
            BigDecimal presentWeight = BigDecimal.ZERO;
            Map<RaterGroup, BigDecimal> groupScores = new EnumMap<>(RaterGroup.class);
            for (Map.Entry<RaterGroup, List<Ballot>> e : byGroup.entrySet()) {
                Optional<BigDecimal> s = mean(e.getValue().stream().map(b -> set.score(b.ratings())).flatMap(Optional::stream).toList());
                if (s.isPresent()) {
                    groupScores.put(e.getKey(), s.get());
                    presentWeight = presentWeight.add(weights.get(e.getKey()));
                }
            }
            List<GroupResult> groups = new ArrayList<>();
            List<RaterGroup> missing = new ArrayList<>();
            boolean flagged = false;
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<RaterGroup, BigDecimal> w : new EnumMap<>(weights).entrySet()) {
                List<Ballot> bs = byGroup.getOrDefault(w.getKey(), List.of());
                BigDecimal score = groupScores.get(w.getKey());
                if (score == null) {
                    missing.add(w.getKey());
                } else {
                    total = total.add(w.getValue().multiply(score, MC));
                }
                Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
                for (Ballot b : bs) {
                    if (b.overallGrade() != null) {
                        grades.merge(b.overallGrade(), 1, Integer::sum);
                    }
                }
                int graded = grades.values().stream().mapToInt(Integer::intValue).sum();
                int low = grades.getOrDefault(Grade.BASIC, 0) + grades.getOrDefault(Grade.INCOMPETENT, 0);
                BigDecimal lowPercent = graded == 0 ? null
                        : BigDecimal.valueOf(low * 100L).divide(BigDecimal.valueOf(graded), 2, RoundingMode.HALF_UP);
                boolean groupFlag = graded > 0 && low * 100L >= (long) flagPercent * graded;
                flagged |= groupFlag;
                BigDecimal share = score == null || presentWeight.signum() == 0 ? null
                        : w.getValue().multiply(BigDecimal.valueOf(100)).divide(presentWeight, 2, RoundingMode.HALF_UP);
                groups.add(new GroupResult(w.getKey(), w.getValue(), share, bs.size(), round(score), grades, lowPercent,
                        groupFlag));
            }
            BigDecimal overall = presentWeight.signum() == 0 ? null : total.divide(presentWeight, MC);
            List<IndicatorScore> indicators = new ArrayList<>();
            for (Indicator i : set.indicators()) {
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal wsum = BigDecimal.ZERO;
                for (Map.Entry<RaterGroup, List<Ballot>> e : byGroup.entrySet()) {
                    Optional<BigDecimal> m = mean(e.getValue().stream().map(b -> b.ratings().get(i.position()))
                            .filter(r -> r != null).map(r -> set.scale().score(r)).toList());
                    if (m.isPresent()) {
                        sum = sum.add(weights.get(e.getKey()).multiply(m.get(), MC));
                        wsum = wsum.add(weights.get(e.getKey()));
                    }
                }
                indicators.add(new IndicatorScore(i.position(), i.name(), wsum.signum() == 0 ? null : round(sum.divide(wsum, MC))));
            }
            out.add(new TargetResult(target, round(overall), indicators, groups, missing, flagged));
        }
        return out;
    }

    private static Optional<BigDecimal> mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), MC));
    }

    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
