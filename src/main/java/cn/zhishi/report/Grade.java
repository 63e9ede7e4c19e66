package cn.zhishi.report;

/** 好 / 较好 / 一般 / 差. */
public enum Grade {
    GOOD, FAIRLY_GOOD, AVERAGE, POOR
}
