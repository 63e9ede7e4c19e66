package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Constraints other modules recorded for the year (grade_constraint): [001] two missing monthly
 * reports → 不称职, [001] a red card → not 优秀. A violation names the recording rule and its own source.
 * Constraints removed by an approved tolerance decision ({@link FaultTolerance}) are not applied.
 */
public final class RecordedConstraints implements AnnualRule {

    public static final String NAME = "RecordedConstraints";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Violation> check(BoardFacts f, Rulebook book) {
        Map<Long, BoardFacts.Member> members = f.members().stream()
                .collect(Collectors.toMap(BoardFacts.Member::cadreId, Function.identity()));
        List<Violation> out = new ArrayList<>();
        for (BoardFacts.RecordedConstraint c : FaultTolerance.remaining(f, book)) {
            BoardFacts.Member m = members.get(c.cadreId());
            if (m == null || m.grade() == null) {
                continue;
            }
            if (c.mustBeIncompetent() && m.grade() != Grade.INCOMPETENT) {
                out.add(new Violation(c.rule(), c.source(), "annual.rule.Recorded.incompetent",
                        List.of(m.name(), c.evidence()), m.cadreId()));
            } else if (!c.mustBeIncompetent() && m.grade() == Grade.EXCELLENT) {
                out.add(new Violation(c.rule(), c.source(), "annual.rule.Recorded.notExcellent",
                        List.of(m.name(), c.evidence()), m.cadreId()));
            }
        }
        return out;
    }
}
