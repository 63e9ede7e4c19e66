package cn.zhishi.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds import workbooks in memory the way a user would fill the template: values in the
 * template's column order; Strings become text cells, LocalDates real date cells, Numbers numbers.
 */
final class TestWorkbook {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Map<ImportSheet, Sheet> sheets = new EnumMap<>(ImportSheet.class);
    private final CellStyle date;

    TestWorkbook() {
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        for (ImportSheet s : ImportSheet.values()) {
            Sheet sheet = wb.createSheet(s.title());
            Row head = sheet.createRow(0);
            for (int i = 0; i < s.columns().size(); i++) {
                head.createCell(i).setCellValue(s.columns().get(i).header());
            }
            sheets.put(s, sheet);
        }
    }

    /** Appends a row; answers its Excel row number. */
    int row(ImportSheet s, Object... values) {
        Sheet sheet = sheets.get(s);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(date);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(v.toString());
            }
        }
        return row.getRowNum() + 1;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workbook read(byte[] xlsx) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a sheet below the header, as text (for asserting on downloads). */
    static List<List<String>> rows(Workbook wb, String sheet) {
        Sheet s = wb.getSheet(sheet);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            List<String> cells = new java.util.ArrayList<>();
            if (r != null) {
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    cells.add(CellValues.text(r.getCell(c)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<String> header(Workbook wb, String sheet) {
        Row r = wb.getSheet(sheet).getRow(0);
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            cells.add(CellValues.text(r.getCell(c)));
        }
        return cells;
    }
}
