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

class TeamGradeCapsPrincipalTest {

    final Rulebook book = RulebookFixture.jinan();
    final TeamGradeCapsPrincipal rule = new TeamGradeCapsPrincipal();

    @Test
    void anAverageTeamsPrincipalIsNotExcellent() {
        assertThat(rule.check(team(TeamGrade.AVERAGE, EXCELLENT, COMPETENT), book)).singleElement()
                .satisfies(v -> assertThat(v.cadreId()).isEqualTo(1L));
        assertThat(rule.check(team(TeamGrade.AVERAGE, COMPETENT, EXCELLENT), book)).isEmpty();
    }

    @Test
    void aPoorTeamsPrincipalIsNotCompetentOrAbove() {
        assertThat(rule.check(team(TeamGrade.POOR, COMPETENT), book)).hasSize(1);
        assertThat(rule.check(team(TeamGrade.POOR, BASIC), book)).isEmpty();
    }

    @Test
    void aGoodTeamPutsNoCapOnItsPrincipal() {
        assertThat(rule.check(team(TeamGrade.GOOD, EXCELLENT), book)).isEmpty();
    }
}
