/**
 * 年度考核 — the registry of annual results (one grade per cadre and year) and the no-promotion
 * windows those results open; the indicator system ({@code indicator}) and review campaigns with
 * anonymous voting ({@code review}); the annual assessment ({@code annual}: composite scores, proposed
 * grades, cited constraint rules, the [003] procedure, consequences), which writes approved grades through
 * {@link cn.zhishi.assessment.AnnualGrades#record}. Eligibility reads it.
 */
package cn.zhishi.assessment;
