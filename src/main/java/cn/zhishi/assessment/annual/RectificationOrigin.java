package cn.zhishi.assessment.annual;

/** Where a rectification item (整改事项) comes from. */
public enum RectificationOrigin {
    /** 书面反馈: [003] 向单位书面反馈年度考核情况，要求各单位深入分析存在问题，提出整改措施. */
    FEEDBACK,
    /** a recorded talk: [003] 进行约谈或诫勉谈话，指出存在问题，督促抓好整改. */
    TALK,
    /** 书面检查、限期整改意见 of a team graded 较差 ([003]). */
    SELF_EXAMINATION,
    /** anything else the organisation department raises. */
    OTHER
}
