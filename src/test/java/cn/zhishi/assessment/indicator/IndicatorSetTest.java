package cn.zhishi.assessment.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorSetTest {

    static Indicator ind(int pos, String name, IndicatorKind kind, int weight) {
        return new Indicator(pos, name, kind, BigDecimal.valueOf(weight));
    }

    static IndicatorSet set(long id, String code, int version, UnitClass c, RoleScope r, RatingScale scale,
            List<Indicator> indicators) {
        return new IndicatorSet(id, code, version, code, null, c, r, scale, "test", indicators);
    }

    static final List<Indicator> FOUR_PLUS_ONE = List.of(ind(1, "制度意识", IndicatorKind.COMMON, 10),
            ind(2, "斗争精神", IndicatorKind.COMMON, 10), ind(3, "创新能力", IndicatorKind.COMMON, 10),
            ind(4, "执行成效", IndicatorKind.COMMON, 10), ind(5, "依法办案", IndicatorKind.SPECIFIC, 60));

    @Test
    void theWeightedScoreIsTheWeightedMeanOfTheRatingsScores() {
        IndicatorSet s = set(1, "LAW", 1, UnitClass.LAW_ENFORCEMENT, null, RatingScale.DEFAULT, FOUR_PLUS_ONE);
        // 10·100 + 10·80 + 10·60 + 10·40 + 60·100 = 8800; / 100
        assertThat(s.score(Map.of(1, Rating.GOOD, 2, Rating.FAIRLY_GOOD, 3, Rating.AVERAGE, 4, Rating.POOR,
                5, Rating.GOOD))).contains(new BigDecimal("88.00"));
    }

    @Test
    void anUnratedIndicatorGivesItsWeightToTheOthersAndIsNotCountedAsZero() {
        IndicatorSet s = set(1, "LAW", 1, null, null, RatingScale.DEFAULT, FOUR_PLUS_ONE);
        // only the four common indicators rated 好: 100, not 40
        assertThat(s.score(Map.of(1, Rating.GOOD, 2, Rating.GOOD, 3, Rating.GOOD, 4, Rating.GOOD)))
                .contains(new BigDecimal("100.00"));
        assertThat(s.score(Map.of())).isEmpty();
    }

    @Test
    void weightsAreRelativeSoEqualWeightsOfOneAreThirdsRoundedHalfUp() {
        IndicatorSet s = set(1, "LS", 1, null, null, RatingScale.DEFAULT, List.of(ind(1, "a", IndicatorKind.ASPECT, 1),
                ind(2, "b", IndicatorKind.ASPECT, 1), ind(3, "c", IndicatorKind.ASPECT, 1)));
        assertThat(s.sharePercent(s.indicators().get(0))).isEqualByComparingTo("33.33");
        // (100 + 80 + 80) / 3 = 86.666… → 86.67
        assertThat(s.score(Map.of(1, Rating.GOOD, 2, Rating.FAIRLY_GOOD, 3, Rating.FAIRLY_GOOD)))
                .contains(new BigDecimal("86.67"));
    }

    @Test
    void aConfiguredScaleChangesWhatEachRatingScores() {
        RatingScale strict = new RatingScale(BigDecimal.valueOf(95), BigDecimal.valueOf(85), BigDecimal.valueOf(70),
                BigDecimal.ZERO);
        IndicatorSet s = set(1, "X", 1, null, null, strict, List.of(ind(1, "a", IndicatorKind.COMMON, 1)));
        assertThat(s.score(Map.of(1, Rating.POOR))).contains(new BigDecimal("0.00"));
        assertThat(s.score(Map.of(1, Rating.FAIRLY_GOOD))).contains(new BigDecimal("85.00"));
        assertThat(strict.isValid()).isTrue();
    }

    @Test
    void aScaleMustFallStrictlyFromGoodToPoorWithinZeroToHundred() {
        assertThat(RatingScale.DEFAULT.isValid()).isTrue();
        assertThat(new RatingScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(80),
                BigDecimal.valueOf(40)).isValid()).isFalse();
        assertThat(new RatingScale(BigDecimal.valueOf(101), BigDecimal.valueOf(80), BigDecimal.valueOf(60),
                BigDecimal.valueOf(40)).isValid()).isFalse();
        assertThat(new RatingScale(BigDecimal.valueOf(100), BigDecimal.valueOf(80), BigDecimal.valueOf(60),
                BigDecimal.valueOf(-1)).isValid()).isFalse();
    }

    @Test
    void aCampaignPinnedToAVersionKeepsItWhenANewerVersionAppears() {
        IndicatorSet v1 = set(10, "LAW", 1, UnitClass.LAW_ENFORCEMENT, null, RatingScale.DEFAULT, FOUR_PLUS_ONE);
        IndicatorSet v2 = set(11, "LAW", 2, UnitClass.LAW_ENFORCEMENT, null, RatingScale.DEFAULT,
                List.of(ind(1, "依法办案", IndicatorKind.SPECIFIC, 1)));
        IndicatorCatalogue before = new IndicatorCatalogue(List.of(v1));
        assertThat(before.nextVersion("LAW")).isEqualTo(2);
        assertThat(before.nextVersion("NEW")).isEqualTo(1);
        long pinned = before.select(null, UnitClass.LAW_ENFORCEMENT, RoleScope.STAFF).orElseThrow().id();

        IndicatorCatalogue after = new IndicatorCatalogue(List.of(v1, v2));
        assertThat(after.pinned(pinned)).contains(v1);
        assertThat(after.latest("LAW")).contains(v2);
        assertThat(after.select(null, UnitClass.LAW_ENFORCEMENT, RoleScope.STAFF)).contains(v2);
        assertThat(after.current()).containsExactly(v2);
    }

    @Test
    void theMostSpecificApplicableSetIsSelectedAndARoleFocusBeatsAUnitClassAtEqualSpecificity() {
        IndicatorSet common = set(1, "COMMON", 1, null, null, RatingScale.DEFAULT, FOUR_PLUS_ONE);
        IndicatorSet law = set(2, "LAW", 1, UnitClass.LAW_ENFORCEMENT, null, RatingScale.DEFAULT, FOUR_PLUS_ONE);
        IndicatorSet principal = set(3, "PRINCIPAL", 1, null, RoleScope.PRINCIPAL, RatingScale.DEFAULT, FOUR_PLUS_ONE);
        IndicatorSet lawPrincipal = set(4, "ZLAW-P", 1, UnitClass.LAW_ENFORCEMENT, RoleScope.PRINCIPAL,
                RatingScale.DEFAULT, FOUR_PLUS_ONE);
        IndicatorCatalogue c = new IndicatorCatalogue(List.of(common, law, principal));
        assertThat(c.select(UnitDomain.PARTY_GOVERNMENT, UnitClass.WINDOW_SERVICE, RoleScope.STAFF)).contains(common);
        assertThat(c.select(UnitDomain.PARTY_GOVERNMENT, UnitClass.LAW_ENFORCEMENT, RoleScope.STAFF)).contains(law);
        assertThat(c.select(UnitDomain.PARTY_GOVERNMENT, UnitClass.LAW_ENFORCEMENT, RoleScope.PRINCIPAL))
                .contains(principal);
        assertThat(new IndicatorCatalogue(List.of(common, law, principal, lawPrincipal))
                .select(null, UnitClass.LAW_ENFORCEMENT, RoleScope.PRINCIPAL)).contains(lawPrincipal);
        assertThat(new IndicatorCatalogue(List.of(law)).select(null, UnitClass.TOWNSHIP, RoleScope.STAFF)).isEmpty();
    }

    @Test
    void typedLinesBecomeIndicatorsAndUnreadableOnesAreCarriedForTheServiceToName() {
        IndicatorSetForm f = new IndicatorSetForm();
        f.setCode("law-2");
        f.setIndicators("依法办案|12|specific\n\n制度意识｜10｜COMMON\n公平公正|x\n文明执法|5|NOPE");
        IndicatorSetCommand c = f.toCommand();
        assertThat(c.code()).isEqualTo("LAW-2");
        assertThat(c.indicators()).hasSize(4);
        assertThat(c.indicators().get(0)).isEqualTo(new IndicatorSetCommand.Line("依法办案", IndicatorKind.SPECIFIC,
                new BigDecimal("12")));
        assertThat(c.indicators().get(1).kind()).isEqualTo(IndicatorKind.COMMON);
        assertThat(c.indicators().get(2).weight()).isNull();
        assertThat(c.indicators().get(3).kind()).isNull();
    }
}
