package cn.zhishi.eligibility.kinship;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes the kinship category of a chain of recorded relations, never from a hand-typed category.
 * <p>Each family_relation code is a path of elementary steps — {@code U} up to a parent, {@code D}
 * down to a child, {@code S} to a spouse ("BROTHER" = {@code UD}, "FATHER_IN_LAW" = {@code SU},
 * "COUSIN" = {@code UUDD}); a chain of relations is the concatenation of their paths. The category
 * follows from the shape of the path:
 * <ul>
 * <li>{@code S} — spouse;</li>
 * <li>only {@code U} or only {@code D} — lineal blood relative (any number of generations);</li>
 * <li>{@code U^a D^b} with 1 ≤ a, b ≤ 2 — collateral within three generations (the common ancestor
 *     is at most a grandparent: siblings, uncles and nephews, first cousins); a = 3 or b = 3 (second
 *     cousins, great-uncles) is the fourth generation and outside;</li>
 * <li>close in-laws, per the reading of 第五条 used by organisation departments: spouse's parents
 *     ({@code SU}), spouse's siblings ({@code SUD}) and their spouses ({@code SUDS}), children's
 *     spouses ({@code DS}) and their parents ({@code DSU}), and the spouse of a collateral relative
 *     within three generations ({@code U^aD^bS}); checked in both directions, since a path read
 *     backwards ({@code U^aD^b S} ↔ {@code S U^bD^a}) names the same pair.</li>
 * </ul>
 * A former spouse ({@code FORMER_SPOUSE}) has no path: the marriage is dissolved, so 第五条 no longer
 * applies, and nothing is related through them.
 */
public final class KinshipPaths {

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("SPOUSE", "S"),
            Map.entry("SON", "D"), Map.entry("DAUGHTER", "D"),
            Map.entry("ADOPTED_SON", "D"), Map.entry("ADOPTED_DAUGHTER", "D"),
            Map.entry("FATHER", "U"), Map.entry("MOTHER", "U"),
            Map.entry("BROTHER", "UD"), Map.entry("SISTER", "UD"),
            Map.entry("FATHER_IN_LAW", "SU"), Map.entry("MOTHER_IN_LAW", "SU"),
            Map.entry("SON_IN_LAW", "DS"), Map.entry("DAUGHTER_IN_LAW", "DS"),
            Map.entry("GRANDFATHER", "UU"), Map.entry("GRANDMOTHER", "UU"),
            Map.entry("GRANDCHILD", "DD"),
            Map.entry("NEPHEW_NIECE", "UDD"), Map.entry("UNCLE_AUNT", "UUD"),
            Map.entry("COUSIN", "UUDD"));

    private static final Pattern COLLATERAL = Pattern.compile("(U{1,2})(D{1,2})");
    private static final Pattern BLOOD_THEN_SPOUSE = Pattern.compile("(U+)(D+)S");

    private KinshipPaths() {
    }

    /** The elementary path of one relation code; empty for a former spouse or an unknown code. */
    public static Optional<String> steps(String relationCode) {
        return Optional.ofNullable(STEPS.get(relationCode));
    }

    /** The path of a chain of relations, or empty when a link has no path (e.g. a former spouse). */
    public static Optional<String> path(List<String> relationCodes) {
        StringBuilder sb = new StringBuilder();
        for (String code : relationCodes) {
            String s = STEPS.get(code);
            if (s == null) {
                return Optional.empty();
            }
            sb.append(s);
        }
        return Optional.of(sb.toString());
    }

    /** The category of a chain of relations, if it is one the regulation names. */
    public static Optional<KinshipCategory> categoryOf(List<String> relationCodes) {
        return path(relationCodes).flatMap(KinshipPaths::categoryOfPath);
    }

    /** The category of an elementary path (see the class comment), if any. */
    public static Optional<KinshipCategory> categoryOfPath(String path) {
        Optional<KinshipCategory> forward = oneWay(path);
        return forward.isPresent() ? forward : oneWay(reverse(path));
    }

    private static Optional<KinshipCategory> oneWay(String p) {
        if (p.equals("S")) {
            return Optional.of(KinshipCategory.SPOUSE);
        }
        if (!p.isEmpty() && (p.matches("U+") || p.matches("D+"))) {
            return Optional.of(KinshipCategory.LINEAL);
        }
        if (COLLATERAL.matcher(p).matches()) {
            return Optional.of(KinshipCategory.COLLATERAL);
        }
        if (p.equals("SU") || p.equals("SUD") || p.equals("SUDS") || p.equals("DS") || p.equals("DSU")) {
            return Optional.of(KinshipCategory.CLOSE_IN_LAW);
        }
        Matcher m = BLOOD_THEN_SPOUSE.matcher(p);
        if (m.matches() && COLLATERAL.matcher(m.group(1) + m.group(2)).matches()) {
            return Optional.of(KinshipCategory.CLOSE_IN_LAW);
        }
        return Optional.empty();
    }

    /** The same path walked from the other end: U and D swap, the order reverses. */
    static String reverse(String path) {
        StringBuilder sb = new StringBuilder();
        for (int i = path.length() - 1; i >= 0; i--) {
            char c = path.charAt(i);
            sb.append(c == 'U' ? 'D' : c == 'D' ? 'U' : c);
        }
        return sb.toString();
    }
}
