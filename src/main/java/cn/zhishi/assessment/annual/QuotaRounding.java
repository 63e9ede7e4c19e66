package cn.zhishi.assessment.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a quota percentage of a team's members becomes a number of people. "不超过30%" read strictly
 * is {@link #FLOOR} (the shipped default: 7 members × 30 % = 2.1 → 2); a jurisdiction that reads
 * "about 30 %" may choose {@link #HALF_UP} or {@link #CEILING}.
 */
public enum QuotaRounding {
    FLOOR(RoundingMode.FLOOR), HALF_UP(RoundingMode.HALF_UP), CEILING(RoundingMode.CEILING);

    private final RoundingMode mode;

    QuotaRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public int allowed(int members, int percent) {
        return BigDecimal.valueOf((long) members * percent).divide(BigDecimal.valueOf(100), 0, mode).intValueExact();
    }
}
