package cn.zhishi.assessment.annual;

/**
 * The procedure of [003]: the assessment office drafts and proposes → the organisation department
 * reviews → the standing committee decides (approved: grades written, consequences recorded; returned:
 * back to draft) → written feedback to the team's principal → results circulated → talks by level are
 * proposed, scheduled and recorded while the rectification items are followed (FOLLOW_UP) → the
 * rectification is reported and the year completed (COMPLETED) once every talk is recorded or cancelled
 * and every item closed.
 */
public enum AssessmentStatus {
    DRAFT, PROPOSED, REVIEWED, DECIDED, FED_BACK, CIRCULATED, FOLLOW_UP, COMPLETED;

    /** Rectification items may be raised from the written feedback on ([003]: the feedback asks for them) until completion. */
    public boolean rectifiable() {
        return this == FED_BACK || this == CIRCULATED || this == FOLLOW_UP;
    }
}
