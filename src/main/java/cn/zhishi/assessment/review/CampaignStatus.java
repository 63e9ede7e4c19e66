package cn.zhishi.assessment.review;

/** DRAFT (set up, codes may be issued) → OPEN (votes accepted within the window) → CLOSED (results final). */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED
}
