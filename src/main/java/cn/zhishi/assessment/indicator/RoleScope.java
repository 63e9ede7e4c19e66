package cn.zhishi.assessment.indicator;

/** Whom a set is meant for [000 东营, 利津]: 正职, 副职, 一般干部 (not in a team post). */
public enum RoleScope {
    PRINCIPAL, DEPUTY, STAFF
}
