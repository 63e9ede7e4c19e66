package cn.zhishi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.Indicator;
import cn.zhishi.assessment.indicator.IndicatorKind;
import cn.zhishi.assessment.indicator.IndicatorSet;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.assessment.indicator.RatingScale;
import cn.zhishi.shared.DomainRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewResultsTest {

    static final IndicatorSet SET = new IndicatorSet(1, "T", 1, "T", null, null, null, RatingScale.DEFAULT, "test",
            List.of(new Indicator(1, "思路", IndicatorKind.ASPECT, BigDecimal.ONE),
                    new Indicator(2, "作风", IndicatorKind.ASPECT, BigDecimal.ONE),
                    new Indicator(3, "实绩", IndicatorKind.ASPECT, BigDecimal.valueOf(2))));

    static Map<RaterGroup, BigDecimal> weights(Object... pairs) {
        Map<RaterGroup, BigDecimal> m = new EnumMap<>(RaterGroup.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((RaterGroup) pairs[i], BigDecimal.valueOf((Integer) pairs[i + 1]));
        }
        return m;
    }

    static Ballot all(long target, RaterGroup g, Rating r, Grade grade) {
        return new Ballot(target, g, grade, Map.of(1, r, 2, r, 3, r));
    }

    @Test
    void theTargetsScoreWeightsEachGroupsMeanBallotScore() {
        // leader 25: one ballot 好 → 100; peers 20: 好 and 一般 → 80; staff 15: 差 → 40
        var r = ReviewResults.compute(SET, weights(RaterGroup.LEADER, 25, RaterGroup.PEERS, 20, RaterGroup.STAFF, 15),
                List.of(7L), List.of(all(7, RaterGroup.LEADER, Rating.GOOD, null),
                        all(7, RaterGroup.PEERS, Rating.GOOD, null), all(7, RaterGroup.PEERS, Rating.AVERAGE, null),
                        all(7, RaterGroup.STAFF, Rating.POOR, null)), 30).get(0);
        // (25·100 + 20·80 + 15·40) / 60 = 4700 / 60 = 78.333…
        assertThat(r.score()).isEqualByComparingTo("78.33");
        assertThat(r.groups()).extracting(ReviewResults.GroupResult::score).extracting(BigDecimal::toPlainString)
                .containsExactly("100.00", "80.00", "40.00");
        assertThat(r.ballots()).isEqualTo(4);
    }

    @Test
    void aGroupWithoutBallotsPassesItsWeightOnAndIsNeverCountedAsZero() {
        var r = ReviewResults.compute(SET, weights(RaterGroup.SELF, 5, RaterGroup.LEADER, 25, RaterGroup.ORGANISATION, 25),
                List.of(7L), List.of(all(7, RaterGroup.LEADER, Rating.GOOD, null),
                        all(7, RaterGroup.ORGANISATION, Rating.FAIRLY_GOOD, null)), 30).get(0);
        assertThat(r.score()).isEqualByComparingTo("90.00"); // (25·100 + 25·80) / 50, not / 55
        assertThat(r.missingGroups()).containsExactly(RaterGroup.SELF);
        assertThat(r.groups().get(1).sharePercent()).isEqualByComparingTo("50.00");
        assertThat(r.groups().get(0).sharePercent()).isNull();
    }

    @Test
    void indicatorScoresAreWeightedAcrossGroupsAndBallotScoresUseIndicatorWeights() {
        Ballot mixed = new Ballot(7, RaterGroup.PEERS, null, Map.of(1, Rating.POOR, 2, Rating.POOR, 3, Rating.GOOD));
        var r = ReviewResults.compute(SET, weights(RaterGroup.LEADER, 3, RaterGroup.PEERS, 1), List.of(7L),
                List.of(mixed, all(7, RaterGroup.LEADER, Rating.AVERAGE, null)), 30).get(0);
        // peers' ballot: (40 + 40 + 2·100) / 4 = 70; leader 60; overall (3·60 + 70) / 4 = 62.5
        assertThat(r.groups().stream().filter(g -> g.group() == RaterGroup.PEERS).findFirst().orElseThrow().score())
                .isEqualByComparingTo("70");
        assertThat(r.score()).isEqualByComparingTo("62.50");
        // 思路: (3·60 + 1·40) / 4 = 55; 实绩: (3·60 + 100) / 4 = 70
        assertThat(r.indicators()).extracting(ReviewResults.IndicatorScore::score).extracting(BigDecimal::toPlainString)
                .containsExactly("55.00", "55.00", "70.00");
    }

    @Test
    void noBallotsMeansNoScoreRatherThanZero() {
        var r = ReviewResults.compute(SET, weights(RaterGroup.PEERS, 1), List.of(7L, 8L),
                List.of(all(8, RaterGroup.PEERS, Rating.GOOD, null)), 30);
        assertThat(r.get(0).score()).isNull();
        assertThat(r.get(0).indicators()).allMatch(i -> i.score() == null);
        assertThat(r.get(1).score()).isEqualByComparingTo("100");
    }

    @Test
    void lowGradesAreCountedAmongTheVotesThatGaveAnOverallGrade() {
        List<Ballot> ten = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ten.add(all(7, RaterGroup.STAFF, Rating.GOOD, Grade.COMPETENT));
        }
        ten.add(all(7, RaterGroup.STAFF, Rating.POOR, Grade.BASIC));
        ten.add(all(7, RaterGroup.STAFF, Rating.POOR, Grade.INCOMPETENT));
        ten.add(all(7, RaterGroup.STAFF, Rating.POOR, null)); // no overall grade: not counted either way
        var at = ReviewResults.compute(SET, weights(RaterGroup.STAFF, 1), List.of(7L), ten, 22).get(0);
        assertThat(at.groups().get(0).lowPercent()).isEqualByComparingTo("22.22"); // 2 of 9 graded
        assertThat(at.flagged()).isTrue(); // 2·100 = 200 ≥ 22·9 = 198
        assertThat(ReviewResults.compute(SET, weights(RaterGroup.STAFF, 1), List.of(7L), ten, 23).get(0).flagged())
                .isFalse(); // 200 < 23·9 = 207
    }

    @Test
    void theFlagLineIsInclusive() {
        List<Ballot> four = List.of(all(7, RaterGroup.STAFF, Rating.GOOD, Grade.EXCELLENT),
                all(7, RaterGroup.STAFF, Rating.GOOD, Grade.COMPETENT), all(7, RaterGroup.STAFF, Rating.GOOD, Grade.COMPETENT),
                all(7, RaterGroup.STAFF, Rating.POOR, Grade.BASIC));
        assertThat(ReviewResults.compute(SET, weights(RaterGroup.STAFF, 1), List.of(7L), four, 25).get(0).flagged()).isTrue();
        assertThat(ReviewResults.compute(SET, weights(RaterGroup.STAFF, 1), List.of(7L), four, 26).get(0).flagged()).isFalse();
        var g = ReviewResults.compute(SET, weights(RaterGroup.STAFF, 1), List.of(7L), four, 25).get(0).groups().get(0);
        assertThat(g.count(Grade.COMPETENT)).isEqualTo(2);
        assertThat(g.graded()).isEqualTo(4);
    }

    @Test
    void aCampaignOpensFromDraftVotesOnlyWithinItsWindowAndClosesOnce() {
        ReviewCampaign c = new ReviewCampaign(1, "季度评议", CampaignKind.QUARTERLY, 1, 1, LocalDate.of(2026, 3, 25),
                LocalDate.of(2026, 3, 31), CampaignStatus.DRAFT, 30, weights(RaterGroup.STAFF, 1));
        assertThatThrownBy(() -> c.cast(LocalDate.of(2026, 3, 26))).isInstanceOf(DomainRuleException.class);
        assertThatThrownBy(c::close).isInstanceOf(DomainRuleException.class);
        c.open(LocalDate.of(2026, 3, 20));
        assertThatThrownBy(() -> c.cast(LocalDate.of(2026, 3, 24))).isInstanceOf(DomainRuleException.class);
        c.cast(LocalDate.of(2026, 3, 25));
        c.cast(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> c.cast(LocalDate.of(2026, 4, 1))).isInstanceOf(DomainRuleException.class);
        assertThatThrownBy(() -> c.issueCodes(RaterGroup.SELF)).isInstanceOf(DomainRuleException.class);
        c.close();
        assertThatThrownBy(() -> c.cast(LocalDate.of(2026, 3, 26))).isInstanceOf(DomainRuleException.class);
        assertThatThrownBy(() -> c.open(LocalDate.of(2026, 3, 26))).isInstanceOf(DomainRuleException.class);
        assertThatThrownBy(() -> c.issueCodes(RaterGroup.STAFF)).isInstanceOf(DomainRuleException.class);
        ReviewCampaign late = new ReviewCampaign(2, "x", CampaignKind.OTHER, 1, 1, LocalDate.of(2026, 3, 25),
                LocalDate.of(2026, 3, 31), CampaignStatus.DRAFT, 30, weights(RaterGroup.STAFF, 1));
        assertThatThrownBy(() -> late.open(LocalDate.of(2026, 4, 1))).isInstanceOf(DomainRuleException.class);
    }
}
