package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.util.ArrayList;
import java.util.List;

/** [003]: a member graded 不称职 → "干部所在班子及正职均不得定为优秀等次". */
public final class IncompetentMemberBarsExcellentTeamAndPrincipal implements AnnualRule {

    public static final String NAME = "IncompetentMemberBarsExcellentTeamAndPrincipal";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Violation> check(BoardFacts f, Rulebook book) {
        List<String> incompetent = f.members().stream().filter(m -> m.grade() == Grade.INCOMPETENT)
                .map(BoardFacts.Member::name).toList();
        if (incompetent.isEmpty()) {
            return List.of();
        }
        String names = String.join("、", incompetent);
        List<Violation> out = new ArrayList<>();
        if (f.teamGrade() == TeamGrade.EXCELLENT) {
            out.add(new Violation(NAME, book.sourceOf(NAME), "annual.rule.IncompetentMember.team", List.of(names), null));
        }
        f.members().stream().filter(m -> m.principal() && m.grade() == Grade.EXCELLENT)
                .forEach(m -> out.add(new Violation(NAME, book.sourceOf(NAME), "annual.rule.IncompetentMember.principal",
                        List.of(names, m.name()), m.cadreId())));
        return out;
    }
}
