package cn.zhishi.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 一绩多用 [001]: the same achievement claimed by two cadres, or by one cadre in two months. Text
 * similarity is the Jaccard index of character bigrams over the Chinese (and alphanumeric)
 * characters, which needs no word segmentation. Pure.
 */
public final class DoubleClaims {

    /** At or above this similarity two texts are shown to the reviewer as a possible double claim. */
    public static final double THRESHOLD = 0.6;

    public static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    static Set<String> bigrams(String s) {
        StringBuilder kept = new StringBuilder();
        if (s != null) {
            s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(kept::appendCodePoint);
        }
        Set<String> grams = new HashSet<>();
        int[] cps = kept.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    /** One claim: whose, which month, which text. */
    public record Claim(long reportId, long cadreId, String cadreName, String month, String text) {
    }

    public record Warning(Claim claim, Claim other, double similarity, boolean sameCadre) {

        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    /** Every pair of {@code mine} × {@code others} at or above the threshold (the same report is skipped). */
    public static List<Warning> find(List<Claim> mine, List<Claim> others) {
        List<Warning> out = new ArrayList<>();
        for (Claim c : mine) {
            for (Claim o : others) {
                if (o.reportId() == c.reportId()) {
                    continue;
                }
                double s = similarity(c.text(), o.text());
                if (s >= THRESHOLD) {
                    out.add(new Warning(c, o, s, o.cadreId() == c.cadreId()));
                }
            }
        }
        return out;
    }

    private DoubleClaims() {
    }
}
