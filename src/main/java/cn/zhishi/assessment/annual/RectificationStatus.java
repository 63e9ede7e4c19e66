package cn.zhishi.assessment.annual;

/** OPEN (raised, progress noted) → CLOSED (销号, with the result and its evidence). Overdue is OPEN past the deadline. */
public enum RectificationStatus {
    OPEN, CLOSED
}
