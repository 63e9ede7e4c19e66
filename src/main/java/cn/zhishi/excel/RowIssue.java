package cn.zhishi.excel;

/**
 * Why a row is not imported: a message key and its arguments, pointed at a cell ({@code field} is
 * the column's field, null when the reason concerns the whole row).
 */
record RowIssue(SheetRow row, String field, String code, Object... args) {

    String value() {
        return row.value(field);
    }
}
