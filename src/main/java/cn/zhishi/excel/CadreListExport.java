package cn.zhishi.excel;

import cn.zhishi.cadre.CadreFilter;
import cn.zhishi.cadre.CadreQueries;
import cn.zhishi.cadre.CadreRow;
import cn.zhishi.dictionary.Dictionaries;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntBiFunction;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 导出: every cadre of a filtered list (the same filter as the list page, within the user's
 * jurisdiction, which {@link CadreQueries} applies) into a workbook written row by row, so a large
 * export keeps only a window of rows in memory. Dictionary and enum values appear as labels in the
 * user's language; ID and phone numbers are not exported.
 */
@Component
public class CadreListExport {

    /** Column headers, message keys {@code exports.column.*}. */
    static final List<String> COLUMNS = List.of("name", "gender", "ethnicity", "birthDate", "age", "unit",
            "currentPost", "postLevel", "highestEducation", "cadreType", "workStartDate");
    private static final int WINDOW = 200;

    private final CadreQueries queries;
    private final Dictionaries dictionaries;
    private final ImportVocabulary vocabulary;
    private final MessageSource messages;
    private final ExcelSettings settings;

    CadreListExport(CadreQueries queries, Dictionaries dictionaries, ImportVocabulary vocabulary,
            MessageSource messages, ExcelSettings settings) {
        this.queries = queries;
        this.dictionaries = dictionaries;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.settings = settings;
    }

    /** Sends the export as a download named with the day, e.g. 干部名单-2026-11-21.xlsx. */
    void download(CadreFilter filter, HttpServletResponse response, LocalDate day) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Downloads.xlsx(response, "cadres-" + day + ".xlsx", text("exports.filename", locale, day.toString()) + ".xlsx");
        write(filter, response.getOutputStream(), locale);
    }

    /** Writes the workbook; answers the number of cadres written. */
    int write(CadreFilter filter, OutputStream out, Locale locale) throws IOException {
        return write((max, sink) -> queries.forEach(filter, max, sink), out, locale);
    }

    /**
     * Sends rows from another source — e.g. the search results — as the same workbook. {@code source}
     * is given the most rows wanted and a sink, feeds it and answers how many rows matched in all.
     */
    public void download(ToIntBiFunction<Integer, Consumer<CadreRow>> source, HttpServletResponse response,
            LocalDate day) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Downloads.xlsx(response, "cadres-" + day + ".xlsx", text("exports.filename", locale, day.toString()) + ".xlsx");
        write(source, response.getOutputStream(), locale);
    }

    private int write(ToIntBiFunction<Integer, Consumer<CadreRow>> source, OutputStream out, Locale locale)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = wb.createSheet(text("exports.sheet", locale));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(text("exports.column." + COLUMNS.get(i), locale));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, (i == 5 || i == 6 ? 26 : 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            int max = settings.exportMaxRows();
            int[] written = {0};
            int matched = source.applyAsInt(max + 1, row -> {
                if (written[0] < max) {
                    write(sheet.createRow(++written[0]), row, date, locale);
                }
            });
            if (matched > max) {
                sheet.createRow(written[0] + 2).createCell(0).setCellValue(text("exports.truncated", locale, max));
            }
            wb.write(out);
            return written[0];
        } finally {
            wb.close();
        }
    }

    private void write(Row r, CadreRow c, CellStyle date, Locale locale) {
        r.createCell(0).setCellValue(c.name());
        r.createCell(1).setCellValue(vocabulary.label(c.gender(), locale));
        r.createCell(2).setCellValue(label(Dictionaries.ETHNICITY, c.ethnicity(), locale));
        dateCell(r, 3, c.birthDate(), date);
        r.createCell(4).setCellValue(c.age());
        r.createCell(5).setCellValue(c.unitName());
        r.createCell(6).setCellValue(c.currentPost() == null ? "" : c.currentPost());
        r.createCell(7).setCellValue(label(Dictionaries.POST_LEVEL, c.postLevel(), locale));
        r.createCell(8).setCellValue(label(Dictionaries.EDUCATION_LEVEL, c.highestEducation(), locale));
        r.createCell(9).setCellValue(vocabulary.label(c.cadreType(), locale));
        dateCell(r, 10, c.workStartDate(), date);
    }

    private String label(String dictCode, String code, Locale locale) {
        return code == null ? "" : dictionaries.find(dictCode, code).map(e -> e.label(locale)).orElse(code);
    }

    private static void dateCell(Row r, int col, LocalDate d, CellStyle style) {
        Cell c = r.createCell(col);
        if (d != null) {
            c.setCellValue(d);
            c.setCellStyle(style);
        }
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
