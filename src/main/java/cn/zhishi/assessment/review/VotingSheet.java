package cn.zhishi.assessment.review;

import cn.zhishi.assessment.indicator.IndicatorSet;
import java.util.List;

/** What a code may vote on: the campaign's name, the pinned set, the targets, the rater group. */
public record VotingSheet(String campaignName, RaterGroup group, IndicatorSet set, List<Target> targets) {

    /** A target as a rater sees them. */
    public record Target(long cadreId, String name, String unitName) {
    }
}
