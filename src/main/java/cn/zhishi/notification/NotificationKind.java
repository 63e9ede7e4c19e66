package cn.zhishi.notification;

/** What a notification is about; each has its message key {@code notification.<KIND>}. */
public enum NotificationKind {
    REPORT_DUE_SOON,
    REPORT_OVERDUE,
    REPORT_RETURNED,
    REVIEW_WAITING,
    POSTING_CLOSING,
    COMPLAINT_ASSIGNED,
    MONTH_SUMMARY
}
