package cn.zhishi.org;

/** Role in the leadership team: 正职 (principal) or 副职 (deputy). */
public enum TeamRole {
    PRINCIPAL, DEPUTY
}
