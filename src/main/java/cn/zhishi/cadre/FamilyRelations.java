package cn.zhishi.cadre;

import java.util.Set;

/** Groups of the family_relation dictionary that rules read. */
final class FamilyRelations {

    private static final Set<String> SPOUSE = Set.of("SPOUSE");
    private static final Set<String> CHILDREN = Set.of("SON", "DAUGHTER", "ADOPTED_SON", "ADOPTED_DAUGHTER");

    private FamilyRelations() {
    }

    static boolean isSpouse(String relation) {
        return SPOUSE.contains(relation);
    }

    static boolean isSpouseOrChild(String relation) {
        return SPOUSE.contains(relation) || CHILDREN.contains(relation);
    }
}
