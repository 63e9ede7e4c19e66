package cn.zhishi.org;

import java.util.Set;

/** Input for creating or describing a post. */
public record PostCommand(String code, String title, String postLevel, String rankTitle, TeamRole teamRole,
        Integer maxHolders, Set<KeyPostKind> keyKinds, Integer sortOrder) {
}
