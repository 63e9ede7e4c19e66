package cn.zhishi.assessment.review;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.Rating;
import java.util.Map;

/** One rater's judgement of one target, as stored: no code, rater, time or address. */
public record Ballot(long targetCadreId, RaterGroup group, Grade overallGrade, Map<Integer, Rating> ratings) {

    public Ballot {
        ratings = Map.copyOf(ratings);
    }
}
