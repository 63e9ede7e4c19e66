package cn.zhishi.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InfluencePeriodTest {

    @Test
    void aPeriodEndsTheDayBeforeTheSameDayNMonthsLater() {
        InfluencePeriod p = InfluencePeriod.of(LocalDate.of(2025, 3, 15), 6);
        assertThat(p.end()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(p.contains(LocalDate.of(2025, 3, 15))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 9, 14))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 9, 15))).isFalse();
        assertThat(p.contains(LocalDate.of(2025, 3, 14))).isFalse();
    }

    @Test
    void thirtyFirstOfAugustPlusSixMonthsEndsOnTheLastDayOfFebruary() {
        assertThat(InfluencePeriod.of(LocalDate.of(2025, 8, 31), 6).end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(InfluencePeriod.of(LocalDate.of(2023, 8, 31), 6).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void twentyNinthOfFebruaryPlusTwelveMonthsEndsOnTheTwentyEighth() {
        assertThat(InfluencePeriod.of(LocalDate.of(2024, 2, 29), 12).end()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aTypeWithoutAPeriodStartsNone() {
        InfluencePeriod p = InfluencePeriod.of(LocalDate.of(2025, 1, 1), 0);
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 1, 1))).isFalse();
    }
}
