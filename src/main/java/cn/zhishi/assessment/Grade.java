package cn.zhishi.assessment;

/** A cadre's annual grade (《公务员考核规定》(2020): 优秀、称职、基本称职、不称职, or 不定等次). */
public enum Grade {
    /** 优秀 */
    EXCELLENT,
    /** 称职 */
    COMPETENT,
    /** 基本称职 */
    BASIC,
    /** 不称职 */
    INCOMPETENT,
    /** 不定等次: e.g. new in post, long leave; counts as neither good nor bad. */
    NOT_GRADED;

    public boolean isCompetentOrBetter() {
        return this == EXCELLENT || this == COMPETENT;
    }

    /** 基本称职 or 不称职. */
    public boolean isBelowCompetent() {
        return this == BASIC || this == INCOMPETENT;
    }
}
