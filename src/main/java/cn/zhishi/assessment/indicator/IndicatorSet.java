package cn.zhishi.assessment.indicator;

import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of an indicator set ("4+N" [000] §一): indicators with relative weights, a rating scale,
 * and whom it is meant for (unit domain, unit class, role; null = any). Immutable: a change is a new
 * version under the same code, so whatever points at this id keeps it.
 */
public record IndicatorSet(long id, String code, int version, String name, UnitDomain domain, UnitClass unitClass,
        RoleScope role, RatingScale scale, String basis, List<Indicator> indicators) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }

    public BigDecimal totalWeight() {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The indicator's share of the whole, in percent (two decimals). */
    public BigDecimal sharePercent(Indicator i) {
        BigDecimal total = totalWeight();
        return total.signum() == 0 ? BigDecimal.ZERO
                : i.weight().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
    }

    /**
     * The weighted score of one set of ratings (indicator position → rating): Σ wᵢ·score(rᵢ) / Σ wᵢ over
     * the rated indicators, so an indicator left unrated is left out (its weight goes to the others),
     * never counted as zero. Empty when nothing is rated. Two decimals, half up.
     */
    public Optional<BigDecimal> score(Map<Integer, Rating> ratings) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Indicator i : indicators) {
            Rating r = ratings.get(i.position());
            if (r != null) {
                sum = sum.add(i.weight().multiply(scale.score(r)));
                weights = weights.add(i.weight());
            }
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(weights, 2, RoundingMode.HALF_UP));
    }

    /** Whether the set is meant for a cadre in such a unit and role (each null criterion matches anything). */
    public boolean appliesTo(UnitDomain d, UnitClass c, RoleScope r) {
        return (domain == null || domain == d) && (unitClass == null || unitClass == c) && (role == null || role == r);
    }

    /** How many criteria the set names: the more, the more specific. */
    public int specificity() {
        return (domain == null ? 0 : 1) + (unitClass == null ? 0 : 1) + (role == null ? 0 : 1);
    }

    public Optional<Indicator> indicator(int position) {
        return indicators.stream().filter(i -> i.position() == position).findFirst();
    }
}
