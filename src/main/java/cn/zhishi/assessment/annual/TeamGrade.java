package cn.zhishi.assessment.annual;

/** A leadership team's annual grade ([003]; 《党政领导干部考核工作条例》(2019)): 优秀/良好/一般/较差. */
public enum TeamGrade {
    /** 优秀 */
    EXCELLENT,
    /** 良好 */
    GOOD,
    /** 一般 */
    AVERAGE,
    /** 较差 */
    POOR
}
