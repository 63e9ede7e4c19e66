package cn.zhishi.assessment.annual;

/**
 * The procedure of [003]: the assessment office drafts and proposes → the organisation department
 * reviews → the standing committee decides (approved: grades written, consequences recorded; returned:
 * back to draft) → written feedback to the team's principal → results circulated.
 */
public enum AssessmentStatus {
    DRAFT, PROPOSED, REVIEWED, DECIDED, FED_BACK, CIRCULATED
}
