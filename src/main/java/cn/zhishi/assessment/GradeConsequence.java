package cn.zhishi.assessment;

import cn.zhishi.cadre.InfluencePeriod;
import java.time.LocalDate;

/**
 * The no-promotion window an annual grade opens (table annual_grade_consequence), with the rule behind it.
 * <p>Reading, stated once: the window for the grade of year Y starts on <b>1 January of Y + 1</b> (the
 * result is decided early in Y + 1; the regulation counts "一年内" from the result, and we take the
 * start of that year so that the same grade gives the same window in every county) and lasts
 * {@code noPromotionMonths} months by the {@link InfluencePeriod} convention: 基本称职 for 2024 bars
 * promotion from 2025-01-01 to 2025-12-31 inclusive.
 */
public record GradeConsequence(Grade grade, int noPromotionMonths, String basis) {

    public InfluencePeriod windowFor(int gradeYear) {
        return InfluencePeriod.of(LocalDate.of(gradeYear + 1, 1, 1), noPromotionMonths);
    }
}
