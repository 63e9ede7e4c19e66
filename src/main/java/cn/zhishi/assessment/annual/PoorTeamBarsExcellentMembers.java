package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.util.List;

/** [003]: team 较差 → "其他市管干部均不得定为优秀" — no member other than the principal may be 优秀. */
public final class PoorTeamBarsExcellentMembers implements AnnualRule {

    public static final String NAME = "PoorTeamBarsExcellentMembers";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Violation> check(BoardFacts f, Rulebook book) {
        if (f.teamGrade() != TeamGrade.POOR) {
            return List.of();
        }
        return f.members().stream().filter(m -> !m.principal() && m.grade() == Grade.EXCELLENT)
                .map(m -> new Violation(NAME, book.sourceOf(NAME), "annual.rule.PoorTeamBarsExcellentMembers",
                        List.of(m.name()), m.cadreId()))
                .toList();
    }
}
