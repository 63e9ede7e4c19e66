package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositeScoreTest {

    static Map<CompositeSource, BigDecimal> weights() {
        return RulebookFixture.jinan().weights();
    }

    static Map<CompositeSource, BigDecimal> values(Object... kv) {
        Map<CompositeSource, BigDecimal> m = new EnumMap<>(CompositeSource.class);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((CompositeSource) kv[i], new BigDecimal(kv[i + 1].toString()));
        }
        return m;
    }

    @Test
    void allSourcesPresentGiveTheWeightedMean() {
        var r = CompositeScore.of(weights(), values(CompositeSource.MONTHLY_REPORTS, 100, CompositeSource.QUARTERLY_REVIEWS, 80,
                CompositeSource.DEMOCRATIC_EVALUATION, 90, CompositeSource.KEY_PROJECTS, 70,
                CompositeSource.LEADER_EVALUATION, 60, CompositeSource.ORGANISATION_EVALUATION, 50));
        // (30*100 + 15*80 + 20*90 + 15*70 + 10*60 + 10*50) / 100 = 81.5
        assertThat(r.score()).isEqualByComparingTo("81.50");
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void aMissingSourceGivesItsWeightProportionallyToThePresentOnesAndIsNeverCountedAsZero() {
        var r = CompositeScore.of(weights(), values(CompositeSource.MONTHLY_REPORTS, 90, CompositeSource.LEADER_EVALUATION, 60));
        // only 30 and 10 present: (30*90 + 10*60) / 40 = 82.5 (as zero it would be 33)
        assertThat(r.score()).isEqualByComparingTo("82.50");
        assertThat(r.missing()).containsExactly(CompositeSource.QUARTERLY_REVIEWS, CompositeSource.DEMOCRATIC_EVALUATION,
                CompositeSource.KEY_PROJECTS, CompositeSource.ORGANISATION_EVALUATION);
        var monthly = r.parts().get(0);
        assertThat(monthly.weight()).isEqualByComparingTo("30");
        assertThat(monthly.effectivePercent()).isEqualByComparingTo("75.0");
        assertThat(r.parts().get(1).effectivePercent()).isEqualByComparingTo("0");
    }

    @Test
    void allSourcesMissingGiveNoScore() {
        var r = CompositeScore.of(weights(), Map.of());
        assertThat(r.score()).isNull();
        assertThat(r.missing()).hasSize(CompositeSource.values().length);
    }

    @Test
    void aSourceWithWeightZeroTakesNoPartEvenWithAValue() {
        Map<CompositeSource, BigDecimal> w = new EnumMap<>(weights());
        w.put(CompositeSource.KEY_PROJECTS, BigDecimal.ZERO);
        var r = CompositeScore.of(w, values(CompositeSource.KEY_PROJECTS, 10, CompositeSource.MONTHLY_REPORTS, 80));
        assertThat(r.score()).isEqualByComparingTo("80");
        assertThat(r.parts()).extracting(CompositeScore.Part::source).doesNotContain(CompositeSource.KEY_PROJECTS);
    }

    @Test
    void proposedGradesFollowTheRulebookThresholdsInclusive() {
        Rulebook b = RulebookFixture.jinan();
        assertThat(b.proposeCadre(new BigDecimal("90"))).isEqualTo(cn.zhishi.assessment.Grade.EXCELLENT);
        assertThat(b.proposeCadre(new BigDecimal("89.99"))).isEqualTo(cn.zhishi.assessment.Grade.COMPETENT);
        assertThat(b.proposeCadre(new BigDecimal("60"))).isEqualTo(cn.zhishi.assessment.Grade.BASIC);
        assertThat(b.proposeCadre(new BigDecimal("59.99"))).isEqualTo(cn.zhishi.assessment.Grade.INCOMPETENT);
        assertThat(b.proposeCadre(null)).isNull();
        assertThat(b.proposeTeam(new BigDecimal("80"))).isEqualTo(TeamGrade.GOOD);
        assertThat(b.proposeTeam(new BigDecimal("59"))).isEqualTo(TeamGrade.POOR);
    }
}
