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

class PoorTeamBarsExcellentMembersTest {

    final Rulebook book = RulebookFixture.jinan();
    final PoorTeamBarsExcellentMembers rule = new PoorTeamBarsExcellentMembers();

    @Test
    void noMemberOfAPoorTeamIsExcellent() {
        assertThat(rule.check(team(TeamGrade.POOR, BASIC, EXCELLENT, COMPETENT), book)).singleElement()
                .satisfies(v -> assertThat(v.cadreId()).isEqualTo(2L));
        assertThat(rule.check(team(TeamGrade.AVERAGE, BASIC, EXCELLENT), book)).isEmpty();
    }
}
