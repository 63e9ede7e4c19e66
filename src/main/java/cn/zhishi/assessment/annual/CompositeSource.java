package cn.zhishi.assessment.annual;

/**
 * The sources of the annual composite score (domain.md §6, [001][002]). {@link #KEY_PROJECTS} comes
 * through the port {@link KeyProjectScores} (implemented by the key-work module); a cadre whose sheet
 * is not rated misses the source (its weight goes to the others).
 */
public enum CompositeSource {
    /** 月度实绩报告: mean of the year's reviewed monthly grades (好/较好/一般/差 = 100/80/60/40). */
    MONTHLY_REPORTS,
    /** 季度评议: mean of the target's weighted scores in the year's closed quarterly campaigns. */
    QUARTERLY_REVIEWS,
    /** 民主测评: mean of the target's weighted scores in the year's closed annual campaigns. */
    DEMOCRATIC_EVALUATION,
    /** 重点工作项目 [004]: the organisation department's rating of the year's key work (好/较好/一般/差 = 100/80/60/40). */
    KEY_PROJECTS,
    /** 领导评价: entered by the assessment office. */
    LEADER_EVALUATION,
    /** 组织评价: entered by the assessment office. */
    ORGANISATION_EVALUATION
}
