package cn.zhishi.assessment.indicator;

/** The four-step rating of an indicator [000][001]: 好、较好、一般、差. */
public enum Rating {
    /** 好 */
    GOOD,
    /** 较好 */
    FAIRLY_GOOD,
    /** 一般 */
    AVERAGE,
    /** 差 */
    POOR
}
