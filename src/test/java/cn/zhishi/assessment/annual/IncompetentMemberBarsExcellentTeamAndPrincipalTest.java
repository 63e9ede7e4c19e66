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

class IncompetentMemberBarsExcellentTeamAndPrincipalTest {

    final Rulebook book = RulebookFixture.jinan();
    final IncompetentMemberBarsExcellentTeamAndPrincipal rule = new IncompetentMemberBarsExcellentTeamAndPrincipal();

    @Test
    void anIncompetentMemberBarsExcellentForTheTeamAndItsPrincipal() {
        var v = rule.check(team(TeamGrade.EXCELLENT, EXCELLENT, INCOMPETENT), book);
        assertThat(v).extracting(Violation::messageKey)
                .containsExactly("annual.rule.IncompetentMember.team", "annual.rule.IncompetentMember.principal");
    }

    @Test
    void withoutAnIncompetentMemberNothingIsBarred() {
        assertThat(rule.check(team(TeamGrade.EXCELLENT, EXCELLENT, BASIC), book)).isEmpty();
    }

    @Test
    void anIncompetentMemberLeavesOtherMembersFreeToBeExcellent() {
        assertThat(rule.check(team(TeamGrade.GOOD, COMPETENT, INCOMPETENT, EXCELLENT), book)).isEmpty();
    }
}
