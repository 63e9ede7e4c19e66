package cn.zhishi.eligibility.policy;

/**
 * A named, versioned set of parameters the rules read (table eligibility_profile): the national
 * defaults ({@code NATIONAL_2019}) or a jurisdiction's stricter local choice ({@code LOCAL_DONGYING}).
 *
 * @param yearsStaffToLeadership null when no minimum applies to 科员 → 副科
 * @param minEducationLevel education_level code (lower code = higher level), null for no minimum
 */
public record PolicyProfile(String code, int version, String labelZh, String labelEn, int yearsDeputyToPrincipal,
        int yearsPrincipalToHigherDeputy, Integer yearsStaffToLeadership, int yearsOfWorkForDivision, int gradeYears,
        GradeCondition gradeCondition, NakedOfficialScope nakedOfficialScope, String minEducationLevel, String basis) {

    /** How the last {@code gradeYears} years are read. */
    public enum GradeCondition {
        /** national (条例第二十四条): no 基本称职 or 不称职 among them; 不定等次 and missing years pass */
        NONE_BELOW_COMPETENT,
        /** [000] local: every one of them 称职 or 优秀 */
        ALL_COMPETENT_OR_BETTER
    }

    /** Where a 裸官 is refused. */
    public enum NakedOfficialScope {
        /** only the restricted posts (2014 measures): principals and key posts */
        RESTRICTED_POSTS,
        /** restricted posts, and any promotion (条例第二十四条: 不得列为考察对象) */
        ALL_PROMOTIONS
    }

    public String label(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }

    /** Years required in the lower post for this kind of step, or null when none applies. */
    public Integer yearsFor(PostLevels.Step step) {
        switch (step) {
            case DEPUTY_TO_PRINCIPAL:
                return yearsDeputyToPrincipal;
            case PRINCIPAL_TO_HIGHER_DEPUTY:
                return yearsPrincipalToHigherDeputy;
            case STAFF_TO_LEADERSHIP:
                return yearsStaffToLeadership;
            default:
                return null;
        }
    }
}
