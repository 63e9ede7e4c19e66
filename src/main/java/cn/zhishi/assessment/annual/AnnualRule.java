package cn.zhishi.assessment.annual;

import java.util.List;

/** A constraint on a unit's annual grades: pure, returns every violation with its reason. */
public interface AnnualRule {

    String name();

    List<Violation> check(BoardFacts facts, Rulebook book);
}
