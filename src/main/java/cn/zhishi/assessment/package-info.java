/**
 * 年度考核 — for now only the registry of annual results (one grade per cadre and year) and the
 * no-promotion windows those results open. Eligibility reads it; the annual-assessment workflow will
 * write into it through {@link cn.zhishi.assessment.AnnualGrades#record}.
 */
package cn.zhishi.assessment;
