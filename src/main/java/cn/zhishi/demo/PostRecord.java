package cn.zhishi.demo;

import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.TeamRole;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A generated post (职位). {@code postLevel} and {@code rankTitle} are codes of the post_level and
 * rank dictionaries; a post with a {@code teamRole} belongs to its unit's leadership team.
 */
public record PostRecord(String code, String unitCode, String title, String postLevel, String rankTitle,
        TeamRole teamRole, int maxHolders, Set<KeyPostKind> keyKinds, int sortOrder) {

    public PostRecord {
        // An EnumSet keeps the flags in declaration order, so that anything listing them (a CSV
        // export, a summary) is the same on every run; Set.copyOf would not be.
        keyKinds = keyKinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(keyKinds));
    }

    public boolean has(KeyPostKind kind) {
        return keyKinds.contains(kind);
    }
}
