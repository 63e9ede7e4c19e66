package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.util.List;
import java.util.Set;

/**
 * What the constraint rules read about one unit's year: the team grade (and last year's), each member
 * with the grade under consideration, the constraints other modules recorded for the year, and the
 * ids of those constraints an approved tolerance decision (容错) removed.
 */
public record BoardFacts(int year, TeamGrade teamGrade, TeamGrade previousTeamGrade, List<Member> members,
        List<RecordedConstraint> constraints, Set<Long> toleratedConstraintIds) {

    public record Member(long cadreId, String name, boolean principal, Grade grade) {
    }

    /** A row of grade_constraint: {@code mustBeIncompetent} (不称职) or else "not 优秀". */
    public record RecordedConstraint(long id, long cadreId, boolean mustBeIncompetent, String rule, String source,
            String evidence) {
    }

    public long excellentCount() {
        return members.stream().filter(m -> m.grade() == Grade.EXCELLENT).count();
    }
}
