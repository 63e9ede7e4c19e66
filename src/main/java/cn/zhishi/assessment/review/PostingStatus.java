package cn.zhishi.assessment.review;

/**
 * Whether a campaign's results are on the public board: NONE (never posted) → POSTED → WITHDRAWN, and
 * from WITHDRAWN posted again (a new snapshot). Only closed quarterly campaigns are posted.
 */
public enum PostingStatus {
    NONE, POSTED, WITHDRAWN
}
