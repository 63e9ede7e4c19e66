package cn.zhishi.assessment.indicator;

/** 共性 ("4"), 个性 ("N"), a role's focus (正职/副职考察重点), or an aspect of a review (季度评议三个方面). */
public enum IndicatorKind {
    COMMON, SPECIFIC, FOCUS, ASPECT
}
