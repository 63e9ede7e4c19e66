/**
 * Monthly performance reports ([001] 月报告、月公示): annual goals split into monthly plan items, the
 * 实绩报告登记表 and its workflow (draft → submitted → reviewed or returned → signed → posted for seven
 * working days → archived), late and missing reports per unit and month, the rules of the source
 * with their stored consequences, double-claim warnings, and the form as PDF and Excel.
 */
package cn.zhishi.report;
