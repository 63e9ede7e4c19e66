package cn.zhishi.excel;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Content of the workbook that the import does not read, reported so that nothing is dropped
 * silently: a sheet the template does not have, a column with an unknown header, a column without
 * a header that holds data, or a second column with the same header ({@code letter} is its Excel
 * column letter).
 */
record Ignored(Kind kind, String sheet, String header, String letter) {

    enum Kind { SHEET, COLUMN, UNNAMED_COLUMN, REPEATED_COLUMN }

    static Ignored sheet(String sheet) {
        return new Ignored(Kind.SHEET, sheet, null, null);
    }

    static Ignored column(String sheet, String header) {
        return new Ignored(Kind.COLUMN, sheet, header, null);
    }

    static Ignored unnamedColumn(String sheet, String letter) {
        return new Ignored(Kind.UNNAMED_COLUMN, sheet, null, letter);
    }

    static Ignored repeatedColumn(String sheet, String header, String letter) {
        return new Ignored(Kind.REPEATED_COLUMN, sheet, header, letter);
    }

    String text(MessageSource messages, Locale locale) {
        String code = "imports.ignored." + switch (kind) {
            case SHEET -> "sheet";
            case COLUMN -> "column";
            case UNNAMED_COLUMN -> "unnamedColumn";
            case REPEATED_COLUMN -> "repeatedColumn";
        };
        return messages.getMessage(code, new Object[] {sheet, header, letter}, code, locale);
    }
}
