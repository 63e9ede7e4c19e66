package cn.zhishi.demo;

import java.time.YearMonth;

/**
 * A generated monthly performance-report record (月度实绩记录) as archived: the month, what was
 * reported, and the grade the unit gave (GOOD 好, FAIRLY_GOOD 较好, AVERAGE 一般, POOR 差).
 */
public record MonthlyRecord(YearMonth month, String text, String grade) {
}
