package cn.zhishi.eligibility.policy;

import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.TeamRole;
import java.util.Set;

/**
 * What the cadre is considered for: a post (with its unit, team role and key-post flags), or only a
 * level ({@code postId} null).
 */
public record Target(Long postId, String title, Long unitId, String unitName, String level, TeamRole teamRole,
        Set<KeyPostKind> keyKinds) {

    public static Target level(String level) {
        return new Target(null, null, null, null, level, null, Set.of());
    }

    public boolean isPost() {
        return postId != null;
    }

    /**
     * The posts a cadre whose spouse (or, without a spouse, all children) settled abroad may not hold:
     * unit principals and the key posts (《配偶已移居国（境）外的国家工作人员任职岗位管理办法》(2014) names
     * 党政正职 and 组织人事、纪检监察、审计、财务、执法 posts among its 限入岗位; here: the key-post flags).
     */
    public boolean isRestrictedForNakedOfficials() {
        return teamRole == TeamRole.PRINCIPAL || !keyKinds.isEmpty();
    }
}
