package cn.zhishi.assessment.annual;

/** The standing committee's decision on a proposal. */
public enum DecisionOutcome {
    APPROVED, RETURNED
}
