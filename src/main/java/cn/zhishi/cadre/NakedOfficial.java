package cn.zhishi.cadre;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * 裸官, per 《配偶已移居国（境）外的国家工作人员任职岗位管理办法》(2014) and 《党政领导干部选拔任用工作条例》
 * (2019) 第二十四条: a cadre whose spouse has settled abroad, or who has no spouse and whose children
 * (at least one) have all settled abroad. The one definition the profile and eligibility both use.
 */
public final class NakedOfficial {

    private static final Set<String> CHILDREN = Set.of("SON", "DAUGHTER", "ADOPTED_SON", "ADOPTED_DAUGHTER");

    private NakedOfficial() {
    }

    /** A relative as this rule needs them: the family_relation code and whether settled abroad. */
    public record Kin(String relation, boolean settledAbroad) {
    }

    public static boolean applies(Collection<Kin> family) {
        List<Kin> spouses = family.stream().filter(k -> "SPOUSE".equals(k.relation())).toList();
        if (!spouses.isEmpty()) {
            return spouses.stream().anyMatch(Kin::settledAbroad);
        }
        List<Kin> children = family.stream().filter(k -> CHILDREN.contains(k.relation())).toList();
        return !children.isEmpty() && children.stream().allMatch(Kin::settledAbroad);
    }
}
