package cn.zhishi.demo;

import java.util.List;

/**
 * The sanctions and handlings the generator hands out, with the influence months of their
 * sanction_type rows in V2__dictionaries.sql (a test keeps the two equal). Only kinds that leave the
 * cadre in post are used, so a generated career never contradicts its sanction (no 降职 without a
 * lower post).
 */
enum SanctionKind {

    PARTY_WARNING(12, true, "中共%s纪律检查委员会", List.of("违反中央八项规定精神，违规公车私用",
            "违规接受管理服务对象宴请", "违反廉洁纪律，违规收受礼金")),
    PARTY_SERIOUS_WARNING(18, true, "中共%s纪律检查委员会", List.of("违规插手工程项目，为亲属谋取利益",
            "违规发放津贴补贴，情节较重")),
    ADMIN_WARNING(6, false, "%s监察委员会", List.of("落实安全生产监管责任不到位，辖区发生一般生产安全事故",
            "履职不力，致使群众反映强烈的问题长期得不到解决")),
    ADMIN_DEMERIT(12, false, "%s监察委员会", List.of("违规审批项目，造成不良影响", "对辖区环境污染问题监管不力")),
    ADMONISHMENT(6, false, "中共%s委组织部", List.of("工作作风不实，在巩固脱贫攻坚成果工作中履职不力",
            "年度考核基本称职", "在重点项目推进中敷衍塞责，工作严重滞后"));

    final int influenceMonths;
    final boolean partyMembersOnly;
    final String issuer;
    final List<String> reasons;

    SanctionKind(int influenceMonths, boolean partyMembersOnly, String issuer, List<String> reasons) {
        this.influenceMonths = influenceMonths;
        this.partyMembersOnly = partyMembersOnly;
        this.issuer = issuer;
        this.reasons = reasons;
    }
}
