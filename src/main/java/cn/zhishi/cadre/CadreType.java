package cn.zhishi.cadre;

/** 干部类型 [000 利津]. */
public enum CadreType {
    /** 党政正职 */
    PARTY_GOVERNMENT_PRINCIPAL,
    /** 科级干部 */
    SECTION_LEVEL,
    /** 一般干部 */
    GENERAL
}
