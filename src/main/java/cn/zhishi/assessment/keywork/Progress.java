package cn.zhishi.assessment.keywork;

/** What a check found about a project. */
public enum Progress {
    /** 已完成 */
    DONE,
    /** 按计划推进 */
    ON_TRACK,
    /** 进度滞后 */
    BEHIND,
    /** 未启动 */
    NOT_STARTED
}
