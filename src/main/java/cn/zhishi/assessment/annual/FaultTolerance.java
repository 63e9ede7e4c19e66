package cn.zhishi.assessment.annual;

import java.util.List;

/**
 * 容错 [003]: "给予容错的，不影响考核等次评定和结果运用". A recorded constraint linked to an
 * <em>approved</em> tolerance decision is removed from grading; a decision only recorded (not yet
 * approved) changes nothing. When the rulebook does not apply FaultTolerance, every constraint stays.
 */
public final class FaultTolerance {

    public static final String NAME = "FaultTolerance";

    private FaultTolerance() {
    }

    public static List<BoardFacts.RecordedConstraint> remaining(BoardFacts f, Rulebook book) {
        if (!book.applies(NAME)) {
            return f.constraints();
        }
        return f.constraints().stream().filter(c -> !f.toleratedConstraintIds().contains(c.id())).toList();
    }
}
