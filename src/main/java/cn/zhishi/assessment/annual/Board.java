package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The annual board of one unit and year: everything the page and the API show. */
public record Board(long id, long unitId, String unitName, int year, AssessmentStatus status, String rulebook,
        String rulebookBasis, BigDecimal teamScore, TeamGrade proposedTeamGrade, TeamGrade teamGrade,
        String teamGradeReason, List<MemberRow> members, List<CheckedViolation> violations, Quota quota,
        String meeting, LocalDate decidedOn, DecisionOutcome outcome, LocalDate fedBackOn, LocalDate circulatedOn,
        LocalDate followUpOn, LocalDate completedOn, String completionReport, List<ConsequenceRow> consequences, List<ToleranceRow> tolerances) {

    public record MemberRow(long cadreId, String name, String teamRole, BigDecimal leaderScore,
            BigDecimal organisationScore, BigDecimal composite, List<CompositeScore.Part> parts,
            Grade proposedGrade, Grade grade, String gradeReason, List<ConstraintRow> constraints) {

        public boolean principal() {
            return "PRINCIPAL".equals(teamRole);
        }

        public boolean changed() {
            return grade != null && grade != proposedGrade;
        }
    }

    /** A recorded constraint on a member, with whether an approved tolerance removed it. */
    public record ConstraintRow(long id, String kind, String rule, String source, String evidence, boolean tolerated) {
    }

    /** A violation: {@code message} in the user's language, {@code text} with rule and source appended. */
    public record CheckedViolation(String rule, String ruleName, String source, String message, String text, Long cadreId) {
    }

    /** "优秀 used / allowed" under the team grade (allowed null when no team grade yet). */
    public record Quota(long used, Integer allowed, int members, Integer percent, String rounding) {
        public boolean exceeded() {
            return allowed != null && used > allowed;
        }
    }

    public record ConsequenceRow(Long cadreId, String cadreName, ConsequenceKind kind, String rule, String source,
            LocalDate startsOn, LocalDate endsOn) {
    }

    public record ToleranceRow(long id, long cadreId, String cadreName, long constraintId, String reason, String status) {
    }

    public boolean approvable() {
        return violations.isEmpty();
    }
}
