package cn.zhishi.assessment.annual;

import static cn.zhishi.assessment.Grade.BASIC;
import static cn.zhishi.assessment.Grade.COMPETENT;
import static cn.zhishi.assessment.Grade.EXCELLENT;
import static cn.zhishi.assessment.Grade.INCOMPETENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Constraints recorded by the report and supervision modules, and fault tolerance (容错) [003]. */
class RecordedConstraintsTest {

    final RecordedConstraints rule = new RecordedConstraints();
    final Rulebook book = RulebookFixture.jinan();

    static final BoardFacts.RecordedConstraint TWO_MISSING = new BoardFacts.RecordedConstraint(11, 1, true,
            "TwoConsecutiveMissingReportsMeansIncompetent", "[001] 连续两次未上报实绩", "2025-03, 2025-04");
    static final BoardFacts.RecordedConstraint RED_CARD = new BoardFacts.RecordedConstraint(12, 2, false,
            "RedCardBarsExcellent", "[001] 红牌", "红牌警告 2025-06-01");

    static BoardFacts facts(Set<Long> tolerated, cn.zhishi.assessment.Grade... grades) {
        return new BoardFacts(2025, TeamGrade.GOOD, null, RulebookFixture.members(grades), List.of(TWO_MISSING, RED_CARD),
                tolerated);
    }

    @Test
    void twoMissingMonthlyReportsMeanTheCadreMustBeIncompetent() {
        assertThat(rule.check(facts(Set.of(), BASIC, COMPETENT), book)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("TwoConsecutiveMissingReportsMeansIncompetent");
            assertThat(v.source()).startsWith("[001]");
            assertThat(v.cadreId()).isEqualTo(1L);
        });
        assertThat(rule.check(facts(Set.of(), INCOMPETENT, COMPETENT), book)).isEmpty();
    }

    @Test
    void aRedCardBarsExcellent() {
        assertThat(rule.check(facts(Set.of(), INCOMPETENT, EXCELLENT), book)).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("RedCardBarsExcellent"));
    }

    @Test
    void anApprovedToleranceDecisionRemovesTheLinkedErrorFromGrading() {
        assertThat(rule.check(facts(Set.of(12L), INCOMPETENT, EXCELLENT), book)).isEmpty();
        assertThat(rule.check(facts(Set.of(12L), COMPETENT, EXCELLENT), book)).singleElement()
                .satisfies(v -> assertThat(v.cadreId()).isEqualTo(1L));
    }

    @Test
    void toleranceIsIgnoredWhenTheRulebookDoesNotProvideIt() {
        java.util.Map<String, String> sources = new java.util.HashMap<>(book.sources());
        sources.remove(FaultTolerance.NAME);
        Rulebook strict = new Rulebook(3, "S", 1, "s", book.weights(), book.cadreExcellentMin(), book.cadreCompetentMin(),
                book.cadreBasicMin(), book.teamExcellentMin(), book.teamGoodMin(), book.teamAverageMin(),
                book.quotaPercent(), book.rounding(), sources, "s");
        assertThat(rule.check(facts(Set.of(12L), INCOMPETENT, EXCELLENT), strict)).hasSize(1);
    }
}
