package cn.zhishi.org;

import java.util.Set;

/** A post as other modules see it. */
public record PostSummary(long id, long unitId, String unitName, String unitPath, String code, String title,
        String postLevel, String rankTitle, TeamRole teamRole, int maxHolders, Set<KeyPostKind> keyKinds) {
}
