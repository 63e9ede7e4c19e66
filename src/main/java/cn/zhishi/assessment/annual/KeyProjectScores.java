package cn.zhishi.assessment.annual;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Port for the key-work-project source ([004] 重点工作项目) of the composite score, implemented by
 * {@code assessment.keywork}; without a bean the annual assessment treats the source as missing.
 */
public interface KeyProjectScores {

    /** The year's key-project score (0–100) per cadre; cadres without one are absent. */
    Map<Long, BigDecimal> scoresOf(Collection<Long> cadreIds, int year);
}
