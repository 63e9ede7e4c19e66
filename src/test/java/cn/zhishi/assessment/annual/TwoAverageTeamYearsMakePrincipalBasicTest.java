package cn.zhishi.assessment.annual;

import static cn.zhishi.assessment.Grade.BASIC;
import static cn.zhishi.assessment.Grade.COMPETENT;
import static cn.zhishi.assessment.Grade.EXCELLENT;
import static cn.zhishi.assessment.Grade.INCOMPETENT;
import static cn.zhishi.assessment.annual.RulebookFixture.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TwoAverageTeamYearsMakePrincipalBasicTest {

    final Rulebook book = RulebookFixture.jinan();
    final TwoAverageTeamYearsMakePrincipalBasic rule = new TwoAverageTeamYearsMakePrincipalBasic();

    @Test
    void aTeamAverageTwoYearsInARowMakesItsPrincipalBasicallyCompetent() {
        var f = new BoardFacts(2025, TeamGrade.AVERAGE, TeamGrade.AVERAGE, RulebookFixture.members(COMPETENT, EXCELLENT),
                List.of(), Set.of());
        assertThat(rule.check(f, book)).singleElement().satisfies(v -> assertThat(v.cadreId()).isEqualTo(1L));
        var ok = new BoardFacts(2025, TeamGrade.AVERAGE, TeamGrade.AVERAGE, RulebookFixture.members(BASIC), List.of(),
                Set.of());
        assertThat(rule.check(ok, book)).isEmpty();
    }

    @Test
    void aYearWithoutATeamGradeBreaksTheRun() {
        var f = new BoardFacts(2025, TeamGrade.AVERAGE, null, RulebookFixture.members(COMPETENT), List.of(), Set.of());
        assertThat(rule.check(f, book)).isEmpty();
    }
}
