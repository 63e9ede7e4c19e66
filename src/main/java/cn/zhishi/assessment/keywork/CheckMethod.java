package cn.zhishi.assessment.keywork;

/** How progress was checked mid-year [004]: 抽查、暗访、专项考核. */
public enum CheckMethod {
    /** 抽查 */
    SPOT_CHECK,
    /** 暗访 */
    UNANNOUNCED_VISIT,
    /** 专项考核 */
    SPECIAL_ASSESSMENT
}
