package cn.zhishi.assessment.indicator;

import java.math.BigDecimal;

/**
 * What each rating scores. The sources name the four ratings but no scores; the shipped sets use
 * 100/80/60/40, and a set's version may use any strictly decreasing scores between 0 and 100.
 */
public record RatingScale(BigDecimal good, BigDecimal fairlyGood, BigDecimal average, BigDecimal poor) {

    public static final RatingScale DEFAULT = new RatingScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80),
            BigDecimal.valueOf(60), BigDecimal.valueOf(40));

    public BigDecimal score(Rating r) {
        switch (r) {
            case GOOD: return good;
            case FAIRLY_GOOD: return fairlyGood;
            case AVERAGE: return average;
            default: return poor;
        }
    }

    /** Scores lie in 0…100 and fall strictly from 好 to 差. */
    public boolean isValid() {
        if (good == null || fairlyGood == null || average == null || poor == null) {
            return false;
        }
        return poor.signum() >= 0 && good.compareTo(BigDecimal.valueOf(100)) <= 0 && good.compareTo(fairlyGood) > 0
                && fairlyGood.compareTo(average) > 0 && average.compareTo(poor) > 0;
    }
}
