package cn.zhishi.org;

/** 领域 [000]. */
public enum UnitDomain {
    PARTY_GOVERNMENT, PUBLIC_INSTITUTION, STATE_ENTERPRISE
}
