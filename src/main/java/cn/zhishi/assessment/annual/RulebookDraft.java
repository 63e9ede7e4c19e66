package cn.zhishi.assessment.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new rulebook version as proposed: every parameter a {@link Rulebook} holds, the document it comes
 * from ({@code basis}) and the day it takes effect. {@code basedOnVersion} is the version the author
 * started from; it must still be the newest when the draft is saved. {@code rules}: rule name → whether
 * it applies and its source text (a rule left out does not apply).
 */
record RulebookDraft(Integer basedOnVersion, String name, Map<CompositeSource, BigDecimal> weights,
        BigDecimal cadreExcellentMin, BigDecimal cadreCompetentMin, BigDecimal cadreBasicMin,
        BigDecimal teamExcellentMin, BigDecimal teamGoodMin, BigDecimal teamAverageMin,
        Map<TeamGrade, Integer> quotaPercent, QuotaRounding rounding, Map<String, RuleText> rules, String basis,
        LocalDate effectiveFrom) {

    /** One rule of the draft: applied or not, and the text it is taken from. */
    public record RuleText(boolean enabled, String source) {
    }
}
