package cn.zhishi.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * 未导入行清单: every row that was not imported, sheet by sheet, with the columns as uploaded plus
 * 行号 (the row in the uploaded file) and 原因. Cells are written as text, exactly as read, so the
 * user can correct the rows in this file and import it again: the import ignores 行号 and 原因.
 */
final class RejectedRowsReport {

    private RejectedRowsReport() {
    }

    static byte[] write(ImportRun run, MessageSource messages, Locale locale) {
        Map<SheetRow, List<RowIssue>> reasons = new HashMap<>();
        run.issues().forEach(i -> reasons.computeIfAbsent(i.row(), r -> new ArrayList<>()).add(i));
        Map<ImportSheet, List<SheetRow>> bySheet = new LinkedHashMap<>();
        // sheet 1 is always there, because a workbook without it is not an import workbook
        bySheet.put(ImportSheet.CADRES, new ArrayList<>());
        run.rejectedRows().forEach(r -> bySheet.computeIfAbsent(r.sheet(), s -> new ArrayList<>()).add(r));
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Font red = wb.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            CellStyle reason = wb.createCellStyle();
            reason.setFont(red);
            reason.setWrapText(true);
            for (Map.Entry<ImportSheet, List<SheetRow>> e : bySheet.entrySet()) {
                ImportSheet s = e.getKey();
                List<String> headers = run.workbook().headers().getOrDefault(s,
                        s.columns().stream().map(ImportColumn::header).toList());
                Sheet sheet = wb.createSheet(s.title());
                Row head = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    head.createCell(c).setCellValue(headers.get(c));
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, 14 * 256);
                }
                head.createCell(headers.size()).setCellValue(ImportSheet.ROW_NUMBER_HEADER);
                head.createCell(headers.size() + 1).setCellValue(ImportSheet.REASON_HEADER);
                head.forEach(cell -> cell.setCellStyle(header));
                sheet.setColumnWidth(headers.size() + 1, 70 * 256);
                int r = 1;
                for (SheetRow row : e.getValue()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < row.cells().size(); c++) {
                        line.createCell(c).setCellValue(row.cells().get(c));
                        line.getCell(c).setCellStyle(text);
                    }
                    line.createCell(headers.size()).setCellValue(row.number());
                    line.createCell(headers.size() + 1).setCellValue(reasonText(reasons.getOrDefault(row, List.of()),
                            messages, locale));
                    line.getCell(headers.size() + 1).setCellStyle(reason);
                }
                sheet.createFreezePane(0, 1);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "出生日期：日期格式不正确；民族：…" — the column first, so the user finds the cell. */
    static String reasonText(List<RowIssue> issues, MessageSource messages, Locale locale) {
        return String.join("；", issues.stream().map(i -> {
            String column = i.row().sheet().column(i.field()).map(ImportColumn::header).orElse("");
            String why = ImportReport.reason(i, messages, locale);
            return column.isEmpty() ? why : column + "：" + why;
        }).toList());
    }
}
