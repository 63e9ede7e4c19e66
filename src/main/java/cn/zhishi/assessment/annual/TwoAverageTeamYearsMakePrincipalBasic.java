package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.util.List;

/**
 * [003]: team 一般 two years in a row → the principal "原则上" 基本称职. Read as a bar on 称职 and above
 * for the principal (the office departs from it only by changing the rulebook); a year without a team
 * grade breaks the run.
 */
public final class TwoAverageTeamYearsMakePrincipalBasic implements AnnualRule {

    public static final String NAME = "TwoAverageTeamYearsMakePrincipalBasic";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Violation> check(BoardFacts f, Rulebook book) {
        if (f.teamGrade() != TeamGrade.AVERAGE || f.previousTeamGrade() != TeamGrade.AVERAGE) {
            return List.of();
        }
        return f.members().stream().filter(m -> m.principal() && m.grade() != null && m.grade().isCompetentOrBetter())
                .map(m -> new Violation(NAME, book.sourceOf(NAME), "annual.rule.TwoAverageTeamYears",
                        List.of(m.name()), m.cadreId()))
                .toList();
    }
}
