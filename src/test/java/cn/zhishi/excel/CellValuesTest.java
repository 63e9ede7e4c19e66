package cn.zhishi.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CellValuesTest {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Row row = wb.createSheet("s").createRow(0);

    @AfterEach
    void close() throws Exception {
        wb.close();
    }

    @Test
    void dates_are_read_from_date_cells_serial_numbers_compact_numbers_and_the_usual_text_forms() {
        LocalDate day = LocalDate.of(1980, 5, 12);
        assertThat(CellValues.date(dateCell(day))).contains(day);
        assertThat(CellValues.date(number(29353))).contains(day);
        assertThat(CellValues.date(number(19800512))).contains(day);
        for (String text : new String[] {"1980-05-12", "1980.05.12", "1980/5/12", "19800512", "1980年5月12日", " 1980-05-12　"}) {
            assertThat(CellValues.date(text(text))).as(text).contains(day);
        }
    }

    @Test
    void impossible_or_partial_dates_are_not_dates() {
        for (String text : new String[] {"1980-13-45", "1980.05", "1980-02-30", "五月", "12/05/1980"}) {
            assertThat(CellValues.date(text(text))).as(text).isEmpty();
        }
        assertThat(CellValues.date(number(3.5))).isEmpty();
    }

    @Test
    void numbers_read_as_text_keep_every_digit_and_no_exponent() {
        assertThat(CellValues.text(number(13812345678d))).isEqualTo("13812345678");
        assertThat(CellValues.text(number(20))).isEqualTo("20");
        assertThat(CellValues.text(number(2.5))).isEqualTo("2.5");
        assertThat(CellValues.text(dateCell(LocalDate.of(2021, 1, 5)))).isEqualTo("2021-01-05");
        assertThat(CellValues.text(text("\u00A0张三\u3000"))).isEqualTo("张三");
        assertThat(CellValues.text(null)).isEmpty();
    }

    @Test
    void an_id_number_typed_as_a_number_is_recognised_as_such() {
        assertThat(CellValues.isPlainNumber(number(1.10101198005120011E17))).isTrue();
        assertThat(CellValues.isPlainNumber(text("110101198005120011"))).isFalse();
        assertThat(CellValues.isPlainNumber(dateCell(LocalDate.of(2021, 1, 5)))).isFalse();
    }

    private Cell text(String s) {
        Cell c = row.createCell(row.getLastCellNum() < 0 ? 0 : row.getLastCellNum());
        c.setCellValue(s);
        return c;
    }

    private Cell number(double d) {
        Cell c = row.createCell(row.getLastCellNum() < 0 ? 0 : row.getLastCellNum());
        c.setCellValue(d);
        return c;
    }

    private Cell dateCell(LocalDate d) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Cell c = row.createCell(row.getLastCellNum() < 0 ? 0 : row.getLastCellNum());
        c.setCellValue(d);
        c.setCellStyle(style);
        return c;
    }
}
