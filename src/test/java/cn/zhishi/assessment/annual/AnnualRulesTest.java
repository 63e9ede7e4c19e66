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

/** Rules apply only when the rulebook lists them. */
class AnnualRulesTest {

    final Rulebook book = RulebookFixture.jinan();

    @Test
    void aRuleTheRulebookDoesNotListIsNotChecked() {
        Rulebook without = new Rulebook(2, "X", 1, "x", book.weights(), book.cadreExcellentMin(), book.cadreCompetentMin(),
                book.cadreBasicMin(), book.teamExcellentMin(), book.teamGoodMin(), book.teamAverageMin(),
                book.quotaPercent(), book.rounding(), java.util.Map.of(), "x");
        assertThat(AnnualRules.check(team(TeamGrade.POOR, EXCELLENT, EXCELLENT), without)).isEmpty();
        assertThat(AnnualRules.check(team(TeamGrade.POOR, EXCELLENT, EXCELLENT), book)).isNotEmpty();
    }
}
