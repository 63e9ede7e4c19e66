package cn.zhishi.report;

/** How far one item of the month got. */
public enum Completion {
    DONE, IN_PROGRESS, NOT_DONE
}
