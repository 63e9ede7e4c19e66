package cn.zhishi.org;

/** Key-post flags (重要岗位) that later rules read, e.g. no 基本称职 cadre on 执法执纪 posts. */
public enum KeyPostKind {
    /** 执法执纪 */
    LAW_ENFORCEMENT,
    /** 干部人事 */
    PERSONNEL,
    /** 项目审批 */
    PROJECT_APPROVAL,
    /** 财务 */
    FINANCE,
    /** 审计 */
    AUDIT
}
