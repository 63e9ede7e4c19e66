package cn.zhishi.assessment.annual;

/**
 * Who holds a talk, by level ([003] 六项程序之五), most senior first: a talk every reason of which
 * calls for different talkers is held by the most senior of them.
 */
public enum Talker {
    /** 党委负责同志 ([003]: 市委负责同志; at county level 县委负责同志). */
    PARTY_COMMITTEE,
    /** 组织部负责同志. */
    ORGANISATION_DEPARTMENT,
    /** 领导班子正职 of the cadre's unit. */
    TEAM_PRINCIPAL;

    /** The more senior of the two. */
    public Talker senior(Talker other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
