package cn.zhishi.excel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The summary of an import shown on the page and answered by the API: counts of cadres and, for
 * every reason a row was not imported, where (sheet, Excel row, column header), what was in the
 * cell and why, in the user's language. {@code code} is the message key, for API clients.
 */
record ImportReport(boolean dryRun, int rowsRead, int registered, int updated, int unchanged, int rejected,
        int rejectedRowCount, List<RejectedRow> rejectedRows, List<String> ignored, long elapsedMillis)
        implements Serializable {

    /** @param person the name on the row, or its ID number on sheets that carry no name: whom the row is about */
    record RejectedRow(String sheet, int row, String person, String column, String value, String reason, String code)
            implements Serializable {
    }

    static ImportReport of(ImportRun run, MessageSource messages, Locale locale) {
        List<RejectedRow> rows = run.issues().stream().map(i -> new RejectedRow(i.row().sheet().title(),
                i.row().number(), i.row().value("name").isEmpty() ? i.row().value("idNumber") : i.row().value("name"),
                i.row().sheet().column(i.field()).map(ImportColumn::header).orElse(""), i.value(),
                reason(i, messages, locale), i.code())).toList();
        // copied into serializable lists: a page keeps the report in the session across a redirect
        return new ImportReport(run.dryRun(), run.workbook().rowCount(), run.registered(), run.updated(),
                run.unchanged(), run.rejected(), run.rejectedRows().size(), new ArrayList<>(rows),
                new ArrayList<>(run.workbook().ignored().stream().map(i -> i.text(messages, locale)).toList()),
                run.elapsedMillis());
    }

    static String reason(RowIssue i, MessageSource messages, Locale locale) {
        return messages.getMessage(i.code(), i.args(), i.code(), locale);
    }

    public int imported() {
        return registered + updated + unchanged;
    }
}
