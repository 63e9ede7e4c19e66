package cn.zhishi.eligibility.policy;

import cn.zhishi.assessment.Grade;
import cn.zhishi.cadre.InfluencePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules read about one cadre, loaded in bulk beforehand so that judging is pure and
 * in memory. Lists are never null.
 */
public record CandidateFacts(long cadreId, String name, long unitId, String unitName, LocalDate birthDate,
        LocalDate workStartDate, String highestEducation, List<HeldPost> posts, Map<Integer, Grade> grades,
        List<Period> periods, List<NegativeHit> negativeHits, List<Relative> family, List<KinshipConflict> conflicts) {

    /** A tenure with the post's level. */
    public record HeldPost(long postId, String title, String level, LocalDate start, LocalDate end) {

        public boolean heldOn(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    /** An influence period: a sanction or handling, or the window an annual grade opens. */
    public record Period(String kind, String label, LocalDate decidedOn, InfluencePeriod period, String basis) {
    }

    /** A negative-list hit that has not been withdrawn. */
    public record NegativeHit(String situation, String area, String evidence, String source, String recordedBy,
            LocalDate foundOn) {
    }

    /** A family record the 裸官 rule reads. */
    public record Relative(String relation, String name, boolean settledAbroad, String country) {
    }

    /** A relative whose post conflicts with the target (computed per target). */
    public record KinshipConflict(long relativeCadreId, String relativeName, String category, String check,
            String relativePost, String path) {
    }

    public CandidateFacts withConflicts(List<KinshipConflict> c) {
        return new CandidateFacts(cadreId, name, unitId, unitName, birthDate, workStartDate, highestEducation, posts,
                grades, periods, negativeHits, family, c);
    }

    /** The highest level held on {@code day}, or null when the cadre holds no post that day. */
    public String levelOn(LocalDate day) {
        String best = null;
        for (HeldPost p : posts) {
            if (p.heldOn(day) && PostLevels.rank(p.level()) > PostLevels.rank(best)) {
                best = p.level();
            }
        }
        return best;
    }
}
