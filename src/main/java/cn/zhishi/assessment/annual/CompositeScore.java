package cn.zhishi.assessment.annual;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 年度考核综合评分: a weighted mean of the sources that have a value. The weight of a missing source
 * is redistributed proportionally over the present ones (never counted as zero): score =
 * Σ wᵢ·vᵢ / Σ wᵢ over present sources. Sources with weight 0 take no part. No present source → no
 * score. Each part shows its nominal weight, the weight it effectively carried (percent) and its value.
 */
public final class CompositeScore {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CompositeScore() {
    }

    public record Part(CompositeSource source, BigDecimal weight, BigDecimal value, BigDecimal effectivePercent) {
        public boolean missing() {
            return value == null;
        }
    }

    /** {@code score} is null when no weighted source has a value. */
    public record Result(BigDecimal score, List<Part> parts) {
        public List<CompositeSource> missing() {
            return parts.stream().filter(Part::missing).map(Part::source).toList();
        }
    }

    public static Result of(Map<CompositeSource, BigDecimal> weights, Map<CompositeSource, BigDecimal> values) {
        BigDecimal present = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (CompositeSource s : CompositeSource.values()) {
            BigDecimal w = weights.getOrDefault(s, BigDecimal.ZERO);
            BigDecimal v = values.get(s);
            if (w.signum() > 0 && v != null) {
                present = present.add(w);
                sum = sum.add(w.multiply(v));
            }
        }
        List<Part> parts = new ArrayList<>();
        for (CompositeSource s : CompositeSource.values()) {
            BigDecimal w = weights.getOrDefault(s, BigDecimal.ZERO);
            if (w.signum() <= 0) {
                continue;
            }
            BigDecimal v = values.get(s);
            BigDecimal effective = v == null || present.signum() == 0 ? BigDecimal.ZERO
                    : w.multiply(HUNDRED).divide(present, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
            parts.add(new Part(s, w, v, effective));
        }
        BigDecimal score = present.signum() == 0 ? null
                : sum.divide(present, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        return new Result(score, List.copyOf(parts));
    }
}
