package cn.zhishi.assessment.review;

import cn.zhishi.assessment.indicator.Indicator;
import cn.zhishi.assessment.indicator.IndicatorSet;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.assessment.indicator.RatingScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the public board shows of a campaign's results (pure). [001] 雷山: each quarter all staff rate
 * every section-level cadre on three aspects “按‘好、较好、一般、差’四个等次进行民主评议并量化评分。
 * 评议结果在单位进行公示” — so each target's result is published as a score and a grade per aspect and
 * overall, with the target's rank in the campaign (“比绩”). Nothing else:
 * <ul>
 * <li>no rater group, group score, weight, ballot count or grade distribution — with small groups (one
 * leader, one self-rating) those would show how a single, known rater voted, and ballots are anonymous
 * (domain.md §5);</li>
 * <li>no talk flag (基本称职/不称职 share): it is an internal signal for the organisation department;</li>
 * <li>a target with fewer than {@link #MIN_BALLOTS} ballots is listed without figures and unranked: its
 * mean would be one or two people's ballots.</li>
 * </ul>
 * A score's grade is the rating of the set's scale whose score is nearest (ties go up): with the
 * shipped 100/80/60/40, 好 ≥ 90, 较好 ≥ 70, 一般 ≥ 50, 差 below. The source names four grades and a
 * score but no mapping; this is our reading. Grades and ranks follow the two-decimal scores shown; equal scores
 * share a rank (1, 2, 2, 4).
 */
final class PublicResults {

    /** Fewest ballots a target needs for its figures to be published. */
    static final int MIN_BALLOTS = 3;

    private PublicResults() {
    }

    record Aspect(int position, String name, BigDecimal score, Rating rating) {
    }

    /** One target as posted; {@code rank}, {@code score}, {@code rating} and aspects' figures are null when withheld. */
    record Line(long cadreId, String cadreName, String unitName, Integer rank, BigDecimal score, Rating rating,
            List<Aspect> aspects, boolean withheld) {
    }

    static List<Line> of(IndicatorSet set, List<ReviewResults.TargetResult> results,
            Map<Long, VotingSheet.Target> targets) {
        List<Line> shown = new ArrayList<>();
        List<Line> withheld = new ArrayList<>();
        for (ReviewResults.TargetResult r : results) {
            VotingSheet.Target t = targets.get(r.cadreId());
            boolean hide = r.ballots() < MIN_BALLOTS || r.score() == null;
            List<Aspect> aspects = new ArrayList<>();
            for (Indicator i : set.indicators()) {
                BigDecimal s = hide ? null : round(r.indicators().stream().filter(x -> x.position() == i.position())
                        .map(ReviewResults.IndicatorScore::score).filter(java.util.Objects::nonNull).findFirst().orElse(null));
                aspects.add(new Aspect(i.position(), i.name(), s, s == null ? null : grade(set.scale(), s)));
            }
            BigDecimal score = hide ? null : round(r.score());
            Line l = new Line(r.cadreId(), t.name(), t.unitName(), null, score,
                    hide ? null : grade(set.scale(), score), aspects, hide);
            (hide ? withheld : shown).add(l);
        }
        shown.sort(Comparator.comparing(Line::score).reversed());
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Line l = shown.get(i);
            int rank = i > 0 && l.score().compareTo(shown.get(i - 1).score()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new Line(l.cadreId(), l.cadreName(), l.unitName(), rank, l.score(), l.rating(), l.aspects(), false));
        }
        out.addAll(withheld);
        return out;
    }

    /** The rating whose score on {@code scale} is nearest to {@code score}; halfway goes to the better one. */
    static Rating grade(RatingScale scale, BigDecimal score) {
        Rating[] order = Rating.values();
        for (int i = 0; i < order.length - 1; i++) {
            BigDecimal mid = scale.score(order[i]).add(scale.score(order[i + 1])).divide(BigDecimal.valueOf(2));
            if (score.compareTo(mid) >= 0) {
                return order[i];
            }
        }
        return order[order.length - 1];
    }

    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
