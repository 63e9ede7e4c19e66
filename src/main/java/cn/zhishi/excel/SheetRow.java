package cn.zhishi.excel;

import java.util.List;
import java.util.Map;

/**
 * One data row as uploaded: its sheet, its Excel row number (1-based, as Excel shows it), every
 * cell's text in the uploaded column order (for the rejected-rows report) and the text of each
 * template column by field name.
 */
record SheetRow(ImportSheet sheet, int number, List<String> cells, Map<String, String> byField) {

    String value(String field) {
        return field == null ? "" : byField.getOrDefault(field, "");
    }
}
