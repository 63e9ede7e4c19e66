package cn.zhishi.assessment.annual;

/**
 * What kind of talk ([003]: "进行约谈或诫勉谈话，指出存在问题，督促抓好整改"), strongest first: a talk
 * for several reasons takes the strongest kind any of them calls for.
 */
public enum TalkKind {
    /** 诫勉谈话: carries out a recorded 诫勉 consequence. */
    CAUTION,
    /** 约谈 (e.g. the principal of a team graded 一般). */
    INTERVIEW,
    /** 谈话 (the procedure's talk by level). */
    TALK,
    /** 约谈提醒 ([003]: 对考核结果靠后或发现有苗头性问题的，及时进行约谈提醒), added by hand. */
    REMINDER;

    public TalkKind stronger(TalkKind other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
