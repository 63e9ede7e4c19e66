package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.util.ArrayList;
import java.util.List;

/**
 * [003]: team 一般 → the principal is not 优秀; team 较差 → the principal is not 称职 or above.
 * (Team 优秀 → principal "一般定为优秀" is a default, not a bar, and is not checked.)
 */
public final class TeamGradeCapsPrincipal implements AnnualRule {

    public static final String NAME = "TeamGradeCapsPrincipal";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Violation> check(BoardFacts f, Rulebook book) {
        List<Violation> out = new ArrayList<>();
        for (BoardFacts.Member m : f.members()) {
            if (!m.principal() || m.grade() == null) {
                continue;
            }
            if (f.teamGrade() == TeamGrade.AVERAGE && m.grade() == Grade.EXCELLENT) {
                out.add(new Violation(NAME, book.sourceOf(NAME), "annual.rule.TeamGradeCapsPrincipal.average",
                        List.of(m.name()), m.cadreId()));
            }
            if (f.teamGrade() == TeamGrade.POOR && m.grade().isCompetentOrBetter()) {
                out.add(new Violation(NAME, book.sourceOf(NAME), "annual.rule.TeamGradeCapsPrincipal.poor",
                        List.of(m.name()), m.cadreId()));
            }
        }
        return out;
    }
}
