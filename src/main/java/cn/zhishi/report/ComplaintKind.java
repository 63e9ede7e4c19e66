package cn.zhishi.report;

/** What a complaint says is wrong with a posted report. */
public enum ComplaintKind {
    /** 弄虚作假 */
    FALSIFICATION,
    /** 一绩多用 */
    DOUBLE_CLAIM,
    /** 争功诿过 */
    CREDIT_TAKING,
    OTHER
}
