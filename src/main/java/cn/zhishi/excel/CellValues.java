package cn.zhishi.excel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Reads cells the way people fill them in: text is trimmed (full-width and no-break spaces too),
 * numbers lose no digits and gain no exponent, date cells read as yyyy-MM-dd, formulas by their
 * cached result. Pure functions, so they are tested without a workbook service.
 */
final class CellValues {

    private static final Pattern DATE_TEXT = Pattern.compile(
            "(\\d{4})\\s*(?:[-./]|年)\\s*(\\d{1,2})\\s*(?:[-./]|月)\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Excel's serial for 2100-01-01: later "dates" are numbers typed into a date column by mistake. */
    private static final double LAST_PLAUSIBLE_SERIAL = 73051;

    private CellValues() {
    }

    /** What a cell shows, as text; "" for blank cells. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> clean(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell);
            default -> "";
        };
    }

    /** Whether the cell shows a formula error such as #N/A or #REF!. */
    static boolean isError(Cell cell) {
        if (cell == null) {
            return false;
        }
        return cell.getCellType() == CellType.ERROR
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR;
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** Whether the cell holds a number that is not formatted as a date (an ID number typed as a number). */
    static boolean isPlainNumber(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
    }

    /**
     * The date a cell holds: a date cell, a date serial number, an 8-digit number yyyyMMdd, or text
     * in one of the accepted forms. Empty when the cell is not a date; the caller reports it.
     */
    static Optional<LocalDate> date(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
            }
            double d = cell.getNumericCellValue();
            if (d >= 19000101 && d <= 21001231 && d == Math.rint(d)) {
                return date(number(d));
            }
            if (d >= 1 && d < LAST_PLAUSIBLE_SERIAL && d == Math.rint(d)) {
                return Optional.of(DateUtil.getLocalDateTime(d).toLocalDate());
            }
            return Optional.empty();
        }
        return date(text(cell));
    }

    static Optional<LocalDate> date(String text) {
        String t = clean(text);
        Matcher m = DATE_TEXT.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }
}
