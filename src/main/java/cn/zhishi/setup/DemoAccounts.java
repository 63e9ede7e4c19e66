package cn.zhishi.setup;

import java.util.List;

/**
 * Usernames of the accounts the first start creates, for documentation and tests
 * ({@code @WithUserDetails(DemoAccounts.REVIEWER_1)}). The three administrators exist on every
 * installation; the others only when the demo county was loaded.
 */
public final class DemoAccounts {

    /** 系统管理员 + 组织部管理员, jurisdiction: every root unit. */
    public static final String ADMIN = "admin";
    /** 安全管理员, jurisdiction: every root unit (to assign jurisdictions). */
    public static final String SECURITY_ADMIN = "secadmin";
    /** 审计管理员. */
    public static final String AUDITOR = "auditor";
    /** 考核组成员, jurisdiction: the demo county. */
    public static final String ASSESSOR = "kaohe";
    /** 县领导, jurisdiction: the demo county. */
    public static final String LEADER = "lingdao";
    /** 单位审核人 of the county's first township (a 乡), jurisdiction: that township only. */
    public static final String REVIEWER_1 = "reviewer1";
    /** 单位审核人 of the county's second township (a 镇), jurisdiction: that township only. */
    public static final String REVIEWER_2 = "reviewer2";
    /** 干部: linked to a deputy of the first township, jurisdiction: that township. */
    public static final String CADRE = "ganbu";

    public static final List<String> ADMINISTRATORS = List.of(ADMIN, SECURITY_ADMIN, AUDITOR);
    public static final List<String> UNIT_REVIEWERS = List.of(REVIEWER_1, REVIEWER_2);
    public static final List<String> DEMO = List.of(ASSESSOR, LEADER, REVIEWER_1, REVIEWER_2, CADRE);

    private DemoAccounts() {
    }
}
