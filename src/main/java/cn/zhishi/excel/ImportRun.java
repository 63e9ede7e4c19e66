package cn.zhishi.excel;

import java.util.Comparator;
import java.util.List;

/**
 * What one run over a workbook did (or, in a dry run, would do): how many cadres were registered,
 * updated or left unchanged, how many were refused, every row not imported and every reason.
 */
record ImportRun(boolean dryRun, ParsedWorkbook workbook, int registered, int updated, int unchanged, int rejected,
        List<SheetRow> rejectedRows, List<RowIssue> issues, long elapsedMillis) {

    static final Comparator<SheetRow> ROW_ORDER = Comparator.comparing(SheetRow::sheet).thenComparingInt(SheetRow::number);

    ImportRun {
        rejectedRows = rejectedRows.stream().distinct().sorted(ROW_ORDER).toList();
        issues = issues.stream().sorted(Comparator.comparing(RowIssue::row, ROW_ORDER)
                .thenComparingInt(i -> columnIndex(i))).toList();
    }

    List<RowIssue> issuesOf(SheetRow row) {
        return issues.stream().filter(i -> i.row() == row).toList();
    }

    private static int columnIndex(RowIssue i) {
        return i.row().sheet().column(i.field()).map(c -> i.row().sheet().columns().indexOf(c)).orElse(Integer.MAX_VALUE);
    }
}
