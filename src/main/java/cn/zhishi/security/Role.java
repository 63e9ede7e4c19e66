package cn.zhishi.security;

/** Roles of domain.md §1. A user may hold several, except that the three 三员 roles exclude each other. */
public enum Role {
    /** 系统管理员: dictionaries, system settings, data maintenance. Cannot read the audit record. */
    SYSTEM_ADMIN,
    /** 安全管理员: users, roles, jurisdictions, tokens. */
    SECURITY_ADMIN,
    /** 审计管理员: reads and verifies the audit record; nothing else. */
    AUDITOR,
    /** 组织部管理员: the registry, rules and campaigns of the jurisdiction. */
    ORG_ADMIN,
    /** 考核组成员 */
    ASSESSOR,
    /** 单位审核人 (unit Party committee) */
    UNIT_REVIEWER,
    /** 分管领导 / 县领导 */
    LEADER,
    /** 干部 */
    CADRE,
    /** 监督员: an appointed supervisor who sees every posting of their area on the public board. */
    SUPERVISOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The 三员分立 roles: no user may hold two of them. */
    public boolean isSeparationOfDutiesRole() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDITOR;
    }
}
