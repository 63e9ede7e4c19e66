package cn.zhishi.assessment.annual;

import java.util.ArrayList;
import java.util.List;

/** Every constraint rule, applied when the rulebook lists it; the violations of all of them. */
public final class AnnualRules {

    public static final List<AnnualRule> ALL = List.of(new ExcellentQuota(), new TeamGradeCapsPrincipal(),
            new PoorTeamBarsExcellentMembers(), new IncompetentMemberBarsExcellentTeamAndPrincipal(),
            new TwoAverageTeamYearsMakePrincipalBasic(), new RecordedConstraints());

    private AnnualRules() {
    }

    public static List<Violation> check(BoardFacts facts, Rulebook book) {
        List<Violation> out = new ArrayList<>();
        for (AnnualRule r : ALL) {
            if (book.applies(r.name())) {
                out.addAll(r.check(facts, book));
            }
        }
        return out;
    }
}
