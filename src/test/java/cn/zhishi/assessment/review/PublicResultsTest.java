package cn.zhishi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.Indicator;
import cn.zhishi.assessment.indicator.IndicatorKind;
import cn.zhishi.assessment.indicator.IndicatorSet;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.assessment.indicator.RatingScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the public board may show of a campaign's results ([001]: scores and grades, posted; ballots anonymous). */
class PublicResultsTest {

    static final IndicatorSet THREE_ASPECTS = new IndicatorSet(1, "LS-QUARTERLY", 1, "季度评议", null, null, null,
            RatingScale.DEFAULT, "[001]", List.of(new Indicator(1, "学习研究", IndicatorKind.ASPECT, BigDecimal.ONE),
                    new Indicator(2, "工作责任心", IndicatorKind.ASPECT, BigDecimal.ONE),
                    new Indicator(3, "工作实绩", IndicatorKind.ASPECT, BigDecimal.ONE)));

    static Ballot ballot(long target, RaterGroup g, Rating a, Rating b, Rating c) {
        return new Ballot(target, g, Grade.COMPETENT, Map.of(1, a, 2, b, 3, c));
    }

    static List<PublicResults.Line> publish(List<Ballot> ballots, Long... targets) {
        Map<RaterGroup, BigDecimal> weights = Map.of(RaterGroup.LEADER, BigDecimal.valueOf(25), RaterGroup.STAFF,
                BigDecimal.valueOf(15), RaterGroup.SELF, BigDecimal.valueOf(5));
        var results = ReviewResults.compute(THREE_ASPECTS, weights, List.of(targets), ballots, 30);
        Map<Long, VotingSheet.Target> names = Stream.of(targets).collect(Collectors.toMap(t -> t,
                t -> new VotingSheet.Target(t, "干部" + t, "青石镇")));
        return PublicResults.of(THREE_ASPECTS, results, names);
    }

    static List<Ballot> times(int n, Ballot b) {
        List<Ballot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(b);
        }
        return out;
    }

    @Test
    void eachTargetIsPublishedWithAScoreAndAGradePerAspectAndOverall() {
        List<Ballot> b = times(3, ballot(1, RaterGroup.STAFF, Rating.GOOD, Rating.FAIRLY_GOOD, Rating.AVERAGE));
        PublicResults.Line l = publish(b, 1L).get(0);
        assertThat(l.aspects()).extracting(PublicResults.Aspect::score).extracting(BigDecimal::toPlainString)
                .containsExactly("100.00", "80.00", "60.00");
        assertThat(l.aspects()).extracting(PublicResults.Aspect::rating)
                .containsExactly(Rating.GOOD, Rating.FAIRLY_GOOD, Rating.AVERAGE);
        assertThat(l.score()).isEqualByComparingTo("80");
        assertThat(l.rating()).isEqualTo(Rating.FAIRLY_GOOD);
        assertThat(l.rank()).isEqualTo(1);
        assertThat(l.withheld()).isFalse();
    }

    @Test
    void aScoresGradeIsTheNearestRatingOnTheSetsScaleHalfwayGoingUp() {
        RatingScale s = RatingScale.DEFAULT;
        assertThat(PublicResults.grade(s, new BigDecimal("90.00"))).isEqualTo(Rating.GOOD);
        assertThat(PublicResults.grade(s, new BigDecimal("89.99"))).isEqualTo(Rating.FAIRLY_GOOD);
        assertThat(PublicResults.grade(s, new BigDecimal("70"))).isEqualTo(Rating.FAIRLY_GOOD);
        assertThat(PublicResults.grade(s, new BigDecimal("69.99"))).isEqualTo(Rating.AVERAGE);
        assertThat(PublicResults.grade(s, new BigDecimal("50"))).isEqualTo(Rating.AVERAGE);
        assertThat(PublicResults.grade(s, new BigDecimal("49.99"))).isEqualTo(Rating.POOR);
        RatingScale steep = new RatingScale(BigDecimal.valueOf(95), BigDecimal.valueOf(85), BigDecimal.valueOf(70),
                BigDecimal.valueOf(0));
        assertThat(PublicResults.grade(steep, new BigDecimal("88"))).isEqualTo(Rating.FAIRLY_GOOD);
        assertThat(PublicResults.grade(steep, new BigDecimal("35"))).isEqualTo(Rating.AVERAGE);
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        List<Ballot> b = new ArrayList<>();
        b.addAll(times(3, ballot(1, RaterGroup.STAFF, Rating.FAIRLY_GOOD, Rating.FAIRLY_GOOD, Rating.FAIRLY_GOOD)));
        b.addAll(times(3, ballot(2, RaterGroup.STAFF, Rating.GOOD, Rating.GOOD, Rating.GOOD)));
        b.addAll(times(3, ballot(3, RaterGroup.STAFF, Rating.FAIRLY_GOOD, Rating.FAIRLY_GOOD, Rating.FAIRLY_GOOD)));
        b.addAll(times(3, ballot(4, RaterGroup.STAFF, Rating.POOR, Rating.AVERAGE, Rating.AVERAGE)));
        List<PublicResults.Line> lines = publish(b, 1L, 2L, 3L, 4L);
        assertThat(lines).extracting(PublicResults.Line::cadreId).containsExactly(2L, 1L, 3L, 4L);
        assertThat(lines).extracting(PublicResults.Line::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void aTargetWithFewerThanThreeBallotsIsListedWithoutFiguresOrRank() {
        List<Ballot> b = new ArrayList<>();
        b.addAll(times(3, ballot(1, RaterGroup.STAFF, Rating.GOOD, Rating.GOOD, Rating.GOOD)));
        b.add(ballot(2, RaterGroup.LEADER, Rating.POOR, Rating.POOR, Rating.POOR));
        b.add(ballot(2, RaterGroup.SELF, Rating.GOOD, Rating.GOOD, Rating.GOOD));
        List<PublicResults.Line> lines = publish(b, 2L, 1L, 3L);
        assertThat(lines).extracting(PublicResults.Line::cadreId).containsExactly(1L, 2L, 3L);
        PublicResults.Line few = lines.get(1);
        assertThat(few.withheld()).isTrue();
        assertThat(few.rank()).isNull();
        assertThat(few.score()).isNull();
        assertThat(few.rating()).isNull();
        assertThat(few.aspects()).allSatisfy(a -> {
            assertThat(a.score()).isNull();
            assertThat(a.rating()).isNull();
        });
        assertThat(lines.get(2).withheld()).isTrue(); // no ballots at all
    }

    @Test
    void aPublishedLineCarriesNothingAboutRaterGroupsBallotCountsOrVotes() {
        assertThat(Arrays.stream(PublicResults.Line.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("cadreId", "cadreName", "unitName", "rank", "score", "rating", "aspects", "withheld");
        assertThat(Arrays.stream(PublicResults.Aspect.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("position", "name", "score", "rating");
        assertThat(Arrays.stream(PostedReviews.PostedLine.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("rank", "cadreName", "unitName", "score", "rating", "aspects", "withheld");
    }
}
