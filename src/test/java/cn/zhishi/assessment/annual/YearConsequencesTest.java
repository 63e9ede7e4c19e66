package cn.zhishi.assessment.annual;

import static cn.zhishi.assessment.Grade.BASIC;
import static cn.zhishi.assessment.Grade.COMPETENT;
import static cn.zhishi.assessment.Grade.EXCELLENT;
import static cn.zhishi.assessment.Grade.INCOMPETENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.assessment.Grade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consequences of an approved year from the multi-year history ([003]; 《公务员考核规定》). */
class YearConsequencesTest {

    static final Map<Grade, Integer> WINDOWS = Map.of(BASIC, 12, INCOMPETENT, 24);

    static List<ConsequenceKind> kinds(Map<Integer, Grade> grades, Map<Integer, TeamGrade> team, boolean principal) {
        return YearConsequences.forCadre(7, 2025, principal, principal, grades, team, WINDOWS).stream()
                .map(YearConsequences.Consequence::kind).toList();
    }

    @Test
    void excellentIsCommendedWithABonus() {
        assertThat(kinds(Map.of(2025, EXCELLENT), Map.of(), false))
                .contains(ConsequenceKind.COMMENDATION, ConsequenceKind.BONUS)
                .doesNotContain(ConsequenceKind.THIRD_CLASS_MERIT, ConsequenceKind.NO_PROMOTION);
    }

    @Test
    void threeExcellentYearsInARowEarnAThirdClassMerit() {
        assertThat(kinds(Map.of(2023, EXCELLENT, 2024, EXCELLENT, 2025, EXCELLENT), Map.of(), false))
                .contains(ConsequenceKind.THIRD_CLASS_MERIT);
    }

    @Test
    void aMissingYearBreaksTheRunOfExcellentYears() {
        assertThat(kinds(Map.of(2022, EXCELLENT, 2023, EXCELLENT, 2025, EXCELLENT), Map.of(), false))
                .doesNotContain(ConsequenceKind.THIRD_CLASS_MERIT);
    }

    @Test
    void aFourthExcellentYearDoesNotEarnASecondMeritButTheSixthDoes() {
        assertThat(kinds(Map.of(2022, EXCELLENT, 2023, EXCELLENT, 2024, EXCELLENT, 2025, EXCELLENT), Map.of(), false))
                .doesNotContain(ConsequenceKind.THIRD_CLASS_MERIT);
        assertThat(kinds(Map.of(2020, EXCELLENT, 2021, EXCELLENT, 2022, EXCELLENT, 2023, EXCELLENT, 2024, EXCELLENT,
                2025, EXCELLENT), Map.of(), false)).contains(ConsequenceKind.THIRD_CLASS_MERIT);
    }

    @Test
    void basicallyCompetentMeansCautionNoBonusChangedDutiesAndNoPromotionForTheNextYear() {
        var all = YearConsequences.forCadre(7, 2025, false, false, Map.of(2025, BASIC), Map.of(), WINDOWS);
        assertThat(all).extracting(YearConsequences.Consequence::kind).contains(ConsequenceKind.CAUTION,
                ConsequenceKind.NO_BONUS, ConsequenceKind.DUTIES_CHANGED, ConsequenceKind.NO_PROMOTION)
                .doesNotContain(ConsequenceKind.ORGANISATIONAL_ADJUSTMENT);
        var window = all.stream().filter(c -> c.kind() == ConsequenceKind.NO_PROMOTION).findFirst().orElseThrow();
        assertThat(window.startsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(window.endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void twoBasicallyCompetentYearsInARowMeanOrganisationalAdjustment() {
        assertThat(kinds(Map.of(2024, BASIC, 2025, BASIC), Map.of(), false))
                .contains(ConsequenceKind.ORGANISATIONAL_ADJUSTMENT);
        assertThat(kinds(Map.of(2023, BASIC, 2025, BASIC), Map.of(), false))
                .doesNotContain(ConsequenceKind.ORGANISATIONAL_ADJUSTMENT);
    }

    @Test
    void incompetentMeansDemotionAndTwoYearsWithoutPromotion() {
        var all = YearConsequences.forCadre(7, 2025, false, false, Map.of(2025, INCOMPETENT), Map.of(), WINDOWS);
        assertThat(all).extracting(YearConsequences.Consequence::kind).contains(ConsequenceKind.DEMOTION,
                ConsequenceKind.NO_BONUS).doesNotContain(ConsequenceKind.DISMISSAL_PROPOSAL);
        assertThat(all.stream().filter(c -> c.kind() == ConsequenceKind.NO_PROMOTION).findFirst().orElseThrow().endsOn())
                .isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void twoIncompetentYearsInARowMeanADismissalProposal() {
        assertThat(kinds(Map.of(2024, INCOMPETENT, 2025, INCOMPETENT), Map.of(), false))
                .contains(ConsequenceKind.DISMISSAL_PROPOSAL);
    }

    @Test
    void twoAverageTeamYearsMeanACautionForThePrincipalOnly() {
        Map<Integer, TeamGrade> team = Map.of(2024, TeamGrade.AVERAGE, 2025, TeamGrade.AVERAGE);
        assertThat(kinds(Map.of(2025, BASIC), team, true)).filteredOn(k -> k == ConsequenceKind.CAUTION).hasSize(2);
        assertThat(kinds(Map.of(2025, COMPETENT), team, false)).doesNotContain(ConsequenceKind.CAUTION);
        assertThat(kinds(Map.of(2025, COMPETENT), Map.of(2023, TeamGrade.AVERAGE, 2025, TeamGrade.AVERAGE), true))
                .doesNotContain(ConsequenceKind.CAUTION);
    }

    @Test
    void anAverageTeamBarsItsMembersFromPromotionForAYear() {
        var all = YearConsequences.forCadre(7, 2025, false, true, Map.of(2025, COMPETENT), Map.of(2025, TeamGrade.AVERAGE),
                WINDOWS);
        assertThat(all).filteredOn(c -> c.kind() == ConsequenceKind.NO_PROMOTION).singleElement()
                .satisfies(c -> assertThat(c.rule()).isEqualTo("AverageTeamNoPromotion"));
        assertThat(YearConsequences.forCadre(7, 2025, false, false, Map.of(2025, COMPETENT),
                Map.of(2025, TeamGrade.AVERAGE), WINDOWS)).extracting(YearConsequences.Consequence::kind)
                .doesNotContain(ConsequenceKind.NO_PROMOTION);
    }

    @Test
    void twoCompetentYearsGiveASalaryStep() {
        assertThat(kinds(Map.of(2024, EXCELLENT, 2025, COMPETENT), Map.of(), false)).contains(ConsequenceKind.SALARY_STEP);
        assertThat(kinds(Map.of(2025, COMPETENT), Map.of(), false)).doesNotContain(ConsequenceKind.SALARY_STEP);
    }

    @Test
    void aPoorTeamIsCriticisedAndItsPrincipalResigns() {
        assertThat(YearConsequences.forTeam(TeamGrade.POOR)).extracting(YearConsequences.Consequence::kind)
                .containsExactly(ConsequenceKind.CRITICISM, ConsequenceKind.SELF_EXAMINATION,
                        ConsequenceKind.PRINCIPAL_RESIGNATION);
        assertThat(YearConsequences.forTeam(TeamGrade.GOOD)).isEmpty();
    }
}
