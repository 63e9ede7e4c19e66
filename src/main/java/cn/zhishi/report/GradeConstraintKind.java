package cn.zhishi.report;

/** A limit on a cadre's annual grade, recorded by a rule and read by the annual assessment. */
public enum GradeConstraintKind {
    /** 当年考核等次确定为不称职 */
    MUST_BE_INCOMPETENT,
    /** 当年考核不能评为优秀 */
    NOT_EXCELLENT
}
