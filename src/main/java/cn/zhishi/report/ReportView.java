package cn.zhishi.report;

import java.util.List;

/** A report with its items and the names to show, assembled inside a transaction (public for views). */
public record ReportView(MonthlyReport report, List<ReportItem> items, String cadreName, String unitName) {
}
