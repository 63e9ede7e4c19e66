package cn.zhishi.excel;

import java.util.List;
import java.util.Map;

/**
 * A workbook read into cadres: {@code persons} in the order of sheet 1 (then cadres on file that
 * only other sheets name), {@code orphans} the rows that belong to nobody with their reasons, and
 * the uploaded headers of each sheet (for the rejected-rows report).
 */
record ParsedWorkbook(Map<ImportSheet, List<String>> headers, List<PersonRows> persons, List<RowIssue> orphans,
        List<Ignored> ignored, int rowCount) {
}
