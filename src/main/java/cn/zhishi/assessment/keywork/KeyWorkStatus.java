package cn.zhishi.assessment.keywork;

/** Where a cadre's key-work sheet of a year stands. */
public enum KeyWorkStatus {
    /** 年初梳理: projects are being listed; checks may already be recorded. */
    LISTING,
    /** 年底已填报: the year-end collection form is in; waiting for the rating. */
    SUBMITTED,
    /** 已评定: rated by the organisation department; final. */
    RATED
}
