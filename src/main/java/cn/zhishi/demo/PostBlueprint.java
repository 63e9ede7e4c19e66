package cn.zhishi.demo;

import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.TeamRole;
import java.util.Set;

/**
 * A kind of post in a kind of unit: title, post_level code, team role (null for staff posts), how
 * many may hold it (a range: the generator picks per unit, e.g. 副乡长 ×2 or ×3) and key-post flags.
 */
record PostBlueprint(String title, String postLevel, TeamRole role, int minHolders, int maxHolders,
        Set<KeyPostKind> keys) {

    static final String DIVISION_DEPUTY = "DIVISION_DEPUTY";
    static final String SECTION_CHIEF = "SECTION_CHIEF";
    static final String SECTION_DEPUTY = "SECTION_DEPUTY";
    static final String STAFF = "STAFF";

    static PostBlueprint principal(String title, String level, Set<KeyPostKind> keys) {
        return new PostBlueprint(title, level, TeamRole.PRINCIPAL, 1, 1, keys);
    }

    static PostBlueprint deputy(String title, String level, int min, int max, Set<KeyPostKind> keys) {
        return new PostBlueprint(title, level, TeamRole.DEPUTY, min, max, keys);
    }

    /** A single-holder staff post (股长, 办公室主任 …). */
    static PostBlueprint lead(String title, Set<KeyPostKind> keys) {
        return new PostBlueprint(title, STAFF, null, 1, 1, keys);
    }

    /** Career tier: 0 staff, 1 副科, 2 正科, 3 副处. Promotions go one tier up. */
    static int tierOf(String postLevel) {
        return switch (postLevel) {
            case DIVISION_DEPUTY -> 3;
            case SECTION_CHIEF -> 2;
            case SECTION_DEPUTY -> 1;
            default -> 0;
        };
    }

    /**
     * The 职级 that goes with a post of a Party or government organ (《公务员职务、职级与级别管理办法》:
     * 乡科级正职 ~ 一级主任科员, 乡科级副职 ~ 三级主任科员, 县处级副职 ~ 三级调研员); institutions and
     * enterprises have no 职级.
     */
    static String rankFor(String postLevel, boolean governmentOrgan, boolean clerk) {
        if (!governmentOrgan) {
            return null;
        }
        return switch (postLevel) {
            case DIVISION_DEPUTY -> "R3_RESEARCHER";
            case SECTION_CHIEF -> "R1_PRINCIPAL_STAFF";
            case SECTION_DEPUTY -> "R3_PRINCIPAL_STAFF";
            default -> clerk ? "R1_STAFF" : "R4_PRINCIPAL_STAFF";
        };
    }
}
