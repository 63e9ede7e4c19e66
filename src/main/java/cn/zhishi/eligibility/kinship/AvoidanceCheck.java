package cn.zhishi.eligibility.kinship;

/**
 * The configurations 《公务员回避规定》(2020)第五条 forbids between relatives: 同一领导班子; 直接上下级领导关系;
 * one leads the unit where the other works in 组织人事、纪检监察、审计、财务.
 */
public enum AvoidanceCheck {
    /** both in the same unit's leadership team */
    SAME_TEAM,
    /** one is the principal of the unit the other works in */
    DIRECT_SUBORDINATION,
    /** one is in the leadership team of the unit where the other holds a personnel, discipline, audit or finance post */
    KEY_POST_UNDER_LEADER
}
