package cn.zhishi.assessment.annual;

import static cn.zhishi.assessment.Grade.COMPETENT;
import static cn.zhishi.assessment.Grade.EXCELLENT;
import static cn.zhishi.assessment.annual.RulebookFixture.repeat;
import static cn.zhishi.assessment.annual.RulebookFixture.team;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** [003]: 优秀 team → ≤ 30 % of members 优秀; 一般 → ≤ 10 %; 较差 → none; rounding per rulebook. */
class ExcellentQuotaTest {

    final ExcellentQuota rule = new ExcellentQuota();

    @Test
    void anExcellentTeamMayHaveThirtyPercentExcellentMembersExactlyAtTheLimit() {
        // 10 members × 30 % = 3
        assertThat(rule.check(team(TeamGrade.EXCELLENT, repeat(EXCELLENT, 3, repeat(COMPETENT, 7))), RulebookFixture.jinan()))
                .isEmpty();
    }

    @Test
    void oneExcellentMemberOverTheQuotaIsAViolationNamingTheRuleAndItsSource() {
        var v = rule.check(team(TeamGrade.EXCELLENT, repeat(EXCELLENT, 4, repeat(COMPETENT, 6))), RulebookFixture.jinan());
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("ExcellentQuota");
            assertThat(x.source()).startsWith("[003]");
            assertThat(x.args()).containsExactly(4L, 3, 10, 30);
        });
    }

    @Test
    void theQuotaIsRoundedDownByDefaultSoSevenMembersOfAnExcellentTeamAllowTwo() {
        // 7 × 30 % = 2.1 → 2
        assertThat(RulebookFixture.jinan().excellentAllowed(TeamGrade.EXCELLENT, 7)).isEqualTo(2);
        assertThat(rule.check(team(TeamGrade.EXCELLENT, repeat(EXCELLENT, 3, repeat(COMPETENT, 4))), RulebookFixture.jinan()))
                .hasSize(1);
    }

    @Test
    void roundingIsConfigurableHalfUpAndCeiling() {
        // 5 × 30 % = 1.5; 9 × 10 % = 0.9
        assertThat(RulebookFixture.jinan(QuotaRounding.FLOOR).excellentAllowed(TeamGrade.EXCELLENT, 5)).isEqualTo(1);
        assertThat(RulebookFixture.jinan(QuotaRounding.HALF_UP).excellentAllowed(TeamGrade.EXCELLENT, 5)).isEqualTo(2);
        assertThat(RulebookFixture.jinan(QuotaRounding.CEILING).excellentAllowed(TeamGrade.AVERAGE, 9)).isEqualTo(1);
        assertThat(RulebookFixture.jinan(QuotaRounding.FLOOR).excellentAllowed(TeamGrade.AVERAGE, 9)).isZero();
    }

    @Test
    void anAverageTeamOfTenMayHaveOneExcellentMemberAndNotTwo() {
        assertThat(rule.check(team(TeamGrade.AVERAGE, repeat(COMPETENT, 9, EXCELLENT)), RulebookFixture.jinan())).isEmpty();
        assertThat(rule.check(team(TeamGrade.AVERAGE, repeat(COMPETENT, 8, EXCELLENT, EXCELLENT)), RulebookFixture.jinan()))
                .hasSize(1);
    }

    @Test
    void aPoorTeamAllowsNoExcellentMember() {
        assertThat(rule.check(team(TeamGrade.POOR, repeat(COMPETENT, 9, EXCELLENT)), RulebookFixture.jinan())).hasSize(1);
    }

    @Test
    void withoutATeamGradeThereIsNothingToCheck() {
        assertThat(rule.check(team(null, repeat(EXCELLENT, 5)), RulebookFixture.jinan())).isEmpty();
    }
}
