package cn.zhishi.org;

/** 类别 [000 利津]. */
public enum UnitClass {
    PARTY_ADMINISTRATION, LAW_ENFORCEMENT, WINDOW_SERVICE, TOWNSHIP
}
