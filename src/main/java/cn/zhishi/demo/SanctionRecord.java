package cn.zhishi.demo;

import java.time.LocalDate;

/**
 * A generated sanction or handling; {@code sanctionType} is a sanction_type code and
 * {@code influenceEndsOn} the end of its {@link cn.zhishi.cadre.InfluencePeriod}.
 */
public record SanctionRecord(String sanctionType, LocalDate decisionDate, String issuer, String reason,
        LocalDate influenceEndsOn) {
}
