package cn.zhishi.eligibility.policy;

import java.util.List;

/**
 * The post_level ladder and the kind of step between two levels, as 《党政领导干部选拔任用工作条例》(2019)
 * 第七条(三) distinguishes them: 副职提任正职 (deputy → principal of the same grade) and 下级正职提任上级副职
 * (lower principal → higher deputy); from 科员 to 副科 is entry into leadership.
 */
public final class PostLevels {

    /** Bottom to top. Even indexes above 0 are deputies, odd ones principals. */
    static final List<String> LADDER = List.of("STAFF", "SECTION_DEPUTY", "SECTION_CHIEF", "DIVISION_DEPUTY",
            "DIVISION_CHIEF", "BUREAU_DEPUTY", "BUREAU_CHIEF", "PROVINCIAL_DEPUTY");

    /** The kind of step from one level to another. */
    public enum Step {
        SAME_LEVEL, DOWNWARD, STAFF_TO_LEADERSHIP, DEPUTY_TO_PRINCIPAL, PRINCIPAL_TO_HIGHER_DEPUTY, SKIPS_LEVELS,
        /** the cadre holds no post on the day, or a level is unknown */
        NO_LEVEL;

        public boolean isPromotion() {
            return this == STAFF_TO_LEADERSHIP || this == DEPUTY_TO_PRINCIPAL || this == PRINCIPAL_TO_HIGHER_DEPUTY
                    || this == SKIPS_LEVELS;
        }
    }

    private PostLevels() {
    }

    public static int rank(String level) {
        return level == null ? -1 : LADDER.indexOf(level);
    }

    /** True when {@code level} is 副处级 or above (县处级领导职务 for 第七条(一)). */
    public static boolean isDivisionOrAbove(String level) {
        return rank(level) >= rank("DIVISION_DEPUTY");
    }

    public static Step step(String from, String to) {
        int a = rank(from);
        int b = rank(to);
        if (a < 0 || b < 0) {
            return Step.NO_LEVEL;
        }
        if (a == b) {
            return Step.SAME_LEVEL;
        }
        if (b < a) {
            return Step.DOWNWARD;
        }
        if (b > a + 1) {
            return Step.SKIPS_LEVELS;
        }
        if (a == 0) {
            return Step.STAFF_TO_LEADERSHIP;
        }
        return a % 2 == 1 ? Step.DEPUTY_TO_PRINCIPAL : Step.PRINCIPAL_TO_HIGHER_DEPUTY;
    }
}
