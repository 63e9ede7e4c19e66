/**
 * 年度考核 — the registry of annual results (one grade per cadre and year) and the no-promotion
 * windows those results open; the indicator system ({@code indicator}) and review campaigns with
 * anonymous voting ({@code review}). Eligibility reads it; the annual-assessment workflow will
 * write into it through {@link cn.zhishi.assessment.AnnualGrades#record}.
 */
package cn.zhishi.assessment;
