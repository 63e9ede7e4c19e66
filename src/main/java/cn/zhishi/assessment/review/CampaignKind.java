package cn.zhishi.assessment.review;

/** 季度评议 [001 雷山], 年度民主测评, or another review. */
public enum CampaignKind {
    QUARTERLY, ANNUAL, OTHER
}
