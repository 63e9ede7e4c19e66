package cn.zhishi.excel;

import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.CitizenIdNumber;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.StudyMode;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.PostSummary;
import cn.zhishi.org.UnitSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 导入模板: the five data sheets with their headers (required ones in red, each explained in a cell
 * comment), text and date formats preset on the columns, drop-down lists for dictionary and choice
 * columns, and beside them a 说明 sheet (every column, its allowed values, and a worked example that
 * is not in a data sheet so it is never imported by accident) and the unit and post codes of the
 * user's jurisdiction. Lists allow other values with a warning, because codes are accepted too.
 */
@Component
class ImportTemplate {

    static final String GUIDE_SHEET = "说明";
    static final String UNIT_SHEET = "单位编码";
    static final String POST_SHEET = "职位编码";
    static final String LIST_SHEET = "选项";
    private static final int VALIDATED_ROWS = 10_000;

    private final Dictionaries dictionaries;
    private final ImportVocabulary vocabulary;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final MessageSource messages;

    ImportTemplate(Dictionaries dictionaries, ImportVocabulary vocabulary, OrgDirectory org, Jurisdictions jurisdictions,
            MessageSource messages) {
        this.dictionaries = dictionaries;
        this.vocabulary = vocabulary;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    void write(OutputStream out, Locale locale) throws IOException {
        Jurisdiction j = jurisdictions.current();
        List<UnitSummary> units = org.tree(j);
        List<PostSummary> posts = org.postsIn(j);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Map<String, String> listRanges = writeLists(wb, locale);
            for (ImportSheet s : ImportSheet.values()) {
                writeDataSheet(wb, s, styles, listRanges, locale);
            }
            writeGuide(wb, styles, locale, units, posts);
            writeUnits(wb, styles, units, locale);
            writePosts(wb, styles, posts, locale);
            wb.setSheetHidden(wb.getSheetIndex(LIST_SHEET), true);
            wb.setSheetOrder(LIST_SHEET, wb.getNumberOfSheets() - 1);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            wb.write(out);
        }
    }

    private void writeDataSheet(Workbook wb, ImportSheet s, Styles styles, Map<String, String> listRanges, Locale locale) {
        Sheet sheet = wb.createSheet(s.title());
        Row head = sheet.createRow(0);
        CreationHelper helper = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < s.columns().size(); i++) {
            ImportColumn c = s.columns().get(i);
            var cell = head.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(c.required() ? styles.requiredHeader : styles.header);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(help(s, c, locale)));
            cell.setCellComment(comment);
            sheet.setColumnWidth(i, width(c));
            sheet.setDefaultColumnStyle(i, c.kind() == ImportColumn.Kind.DATE ? styles.date : styles.text);
            String range = listRanges.get(listKey(c));
            if (range != null) {
                DataValidation v = validations.createValidation(validations.createFormulaListConstraint(range),
                        new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
                // a warning, not a stop: codes and English labels are valid entries that are not in the list
                v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                v.setShowErrorBox(true);
                v.createErrorBox(c.header(), text("imports.template.notInList", locale));
                v.setSuppressDropDownArrow(true);
                sheet.addValidationData(v);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes the hidden list sheet, one column per list, and answers a named range per list. */
    private Map<String, String> writeLists(Workbook wb, Locale locale) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (ImportSheet s : ImportSheet.values()) {
            for (ImportColumn c : s.columns()) {
                if (c.hasList()) {
                    lists.putIfAbsent(listKey(c), allowed(c, locale));
                }
            }
        }
        Sheet sheet = wb.createSheet(LIST_SHEET);
        Map<String, String> ranges = new LinkedHashMap<>();
        int col = 0;
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            List<String> values = e.getValue();
            for (int r = 0; r < values.size(); r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                row.createCell(col).setCellValue(values.get(r));
            }
            String letter = CellReference.convertNumToColString(col);
            Name name = wb.createName();
            name.setNameName("list_" + e.getKey());
            name.setRefersToFormula("'" + LIST_SHEET + "'!$" + letter + "$1:$" + letter + "$" + Math.max(1, values.size()));
            ranges.put(e.getKey(), name.getNameName());
            col++;
        }
        return ranges;
    }

    private static String listKey(ImportColumn c) {
        return switch (c.kind()) {
            case DICTIONARY -> c.dictCode();
            case CHOICE -> c.choices().getSimpleName();
            case YES_NO -> "yes_no";
            default -> "";
        };
    }

    /** The values a list column offers, in the user's language. */
    private List<String> allowed(ImportColumn c, Locale locale) {
        return switch (c.kind()) {
            case DICTIONARY -> dictionaries.entries(c.dictCode()).stream().map(e -> e.label(locale)).toList();
            case CHOICE -> vocabulary.labels(c.choices(), locale);
            case YES_NO -> List.of(vocabulary.yes(locale), vocabulary.no(locale));
            default -> List.of();
        };
    }

    /** What a column takes, for its header comment and the 说明 sheet. */
    String help(ImportSheet s, ImportColumn c, Locale locale) {
        String own = messages.getMessage("imports.help." + s.name() + "." + c.field(), null, "", locale);
        String kind = switch (c.kind()) {
            case DICTIONARY -> text("imports.help.dictionary", locale, String.join("、", dictionaries.entries(c.dictCode())
                    .stream().map(e -> e.label(locale) + "(" + e.code() + ")").toList()));
            case CHOICE -> text("imports.help.choice", locale, String.join("、", vocabulary.labels(c.choices(), locale)));
            default -> text("imports.help." + c.kind().name(), locale);
        };
        return own.isEmpty() ? kind : kind.isEmpty() ? own : kind + "。" + own;
    }

    private void writeGuide(Workbook wb, Styles styles, Locale locale, List<UnitSummary> units, List<PostSummary> posts) {
        Sheet sheet = wb.createSheet(GUIDE_SHEET);
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(text("imports.template.title", locale));
        title.getCell(0).setCellStyle(styles.title);
        for (int n = 1; messages.getMessage("imports.template.note." + n, null, null, locale) != null; n++) {
            sheet.createRow(r++).createCell(0).setCellValue(n + ". " + text("imports.template.note." + n, locale));
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] heads = {text("imports.template.sheet", locale), text("imports.template.column", locale),
                text("imports.template.required", locale), text("imports.template.allowed", locale)};
        for (int i = 0; i < heads.length; i++) {
            head.createCell(i).setCellValue(heads[i]);
            head.getCell(i).setCellStyle(styles.header);
        }
        for (ImportSheet s : ImportSheet.values()) {
            for (ImportColumn c : s.columns()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.title());
                row.createCell(1).setCellValue(c.header());
                row.createCell(2).setCellValue(c.required() ? vocabulary.yes(locale) : "");
                row.createCell(3).setCellValue(help(s, c, locale));
                row.getCell(3).setCellStyle(styles.wrap);
            }
        }
        r++;
        Row exampleTitle = sheet.createRow(r++);
        exampleTitle.createCell(0).setCellValue(text("imports.template.example", locale));
        exampleTitle.getCell(0).setCellStyle(styles.title);
        Map<ImportSheet, List<String>> example = example(units, posts, locale);
        for (ImportSheet s : ImportSheet.values()) {
            Row name = sheet.createRow(r++);
            name.createCell(0).setCellValue(text("imports.template.exampleOf", locale, s.title()));
            name.getCell(0).setCellStyle(styles.example);
            Row h = sheet.createRow(r++);
            Row v = sheet.createRow(r++);
            for (int i = 0; i < s.columns().size(); i++) {
                h.createCell(i).setCellValue(s.columns().get(i).header());
                h.getCell(i).setCellStyle(styles.header);
                v.createCell(i).setCellValue(example.get(s).get(i));
                v.getCell(i).setCellStyle(styles.example);
            }
            r++;
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        for (int i = 4; i < 13; i++) {
            sheet.setColumnWidth(i, 14 * 256);
        }
    }

    /** One consistent worked example: a man born 1980-05-12 with a valid ID number, in the user's first unit and post. */
    private Map<ImportSheet, List<String>> example(List<UnitSummary> units, List<PostSummary> posts, Locale locale) {
        String first17 = "11010119800512001";
        String id = first17 + CitizenIdNumber.checkCharacter(first17);
        String unit = units.stream().filter(u -> u.nodeType() == NodeType.UNIT).map(UnitSummary::code)
                .findFirst().orElse(units.isEmpty() ? "C01" : units.get(0).code());
        String post = posts.isEmpty() ? "C01-P01" : posts.get(0).code();
        Map<ImportSheet, List<String>> m = new LinkedHashMap<>();
        m.put(ImportSheet.CADRES, List.of(text("imports.example.name", locale),
                vocabulary.label(Gender.MALE, locale), label(Dictionaries.ETHNICITY, "01", locale),
                "1980-05-12", id, "13800000000", text("imports.example.nativePlace", locale), "2004-07-01",
                "2002-08-01", vocabulary.label(CadreType.SECTION_LEVEL, locale), unit,
                text("imports.example.specialty", locale), text("imports.example.fields", locale)));
        m.put(ImportSheet.EDUCATION, List.of(id, vocabulary.label(StudyMode.FULL_TIME, locale),
                label(Dictionaries.EDUCATION_LEVEL, "20", locale), label(Dictionaries.DEGREE, "3", locale),
                text("imports.example.school", locale), text("imports.example.major", locale), "1998-09-01", "2002-07-01"));
        m.put(ImportSheet.FAMILY, List.of(id, label(Dictionaries.FAMILY_RELATION, "SPOUSE", locale),
                text("imports.example.spouse", locale), "1982-03-15", label(Dictionaries.POLITICAL_STATUS, "CPC", locale),
                text("imports.example.spouseUnit", locale), text("imports.example.spousePost", locale),
                vocabulary.no(locale), "", ""));
        m.put(ImportSheet.RESUME, List.of(id, "2002-08-01", "2010-12-31", text("imports.example.resume", locale)));
        m.put(ImportSheet.TENURES, List.of(id, post, "2021-01-05", "", text("imports.example.document", locale)));
        return m;
    }

    private String label(String dictCode, String code, Locale locale) {
        return dictionaries.find(dictCode, code).map(e -> e.label(locale)).orElse(code);
    }

    private void writeUnits(Workbook wb, Styles styles, List<UnitSummary> units, Locale locale) {
        Sheet sheet = wb.createSheet(UNIT_SHEET);
        header(sheet, styles, text("imports.template.unitCode", locale), text("imports.template.unitName", locale),
                text("imports.template.unitPath", locale));
        Map<Long, String> names = new LinkedHashMap<>();
        units.forEach(u -> names.put(u.id(), u.name()));
        int r = 1;
        for (UnitSummary u : units) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(u.code());
            row.createCell(1).setCellValue("　".repeat(Math.max(0, u.depth() - minDepth(units))) + u.name());
            row.createCell(2).setCellValue(u.parentId() == null ? "" : names.getOrDefault(u.parentId(), ""));
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.createFreezePane(0, 1);
    }

    private static int minDepth(List<UnitSummary> units) {
        return units.stream().mapToInt(UnitSummary::depth).min().orElse(0);
    }

    private void writePosts(Workbook wb, Styles styles, List<PostSummary> posts, Locale locale) {
        Sheet sheet = wb.createSheet(POST_SHEET);
        header(sheet, styles, text("imports.template.postCode", locale), text("imports.template.postTitle", locale),
                text("imports.template.postUnit", locale), text("imports.template.postLevel", locale),
                text("imports.template.postCapacity", locale));
        int r = 1;
        for (PostSummary p : posts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(p.code());
            row.createCell(1).setCellValue(p.title());
            row.createCell(2).setCellValue(p.unitName());
            row.createCell(3).setCellValue(dictionaries.label(Dictionaries.POST_LEVEL, p.postLevel()));
            row.createCell(4).setCellValue(p.maxHolders());
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 12 * 256);
        sheet.createFreezePane(0, 1);
    }

    private static void header(Sheet sheet, Styles styles, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(styles.header);
        }
    }

    private static int width(ImportColumn c) {
        return switch (c.kind()) {
            case ID_NUMBER -> 22 * 256;
            case DATE -> 13 * 256;
            default -> Math.max(12, c.header().length() * 2 + 4) * 256;
        };
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** The few cell styles of the template (a workbook allows a limited number, so they are shared). */
    static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle date;
        final CellStyle wrap;
        final CellStyle title;
        final CellStyle example;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            short textFormat = wb.createDataFormat().getFormat("@");
            header = headerStyle(wb, bold, textFormat);
            requiredHeader = headerStyle(wb, red, textFormat);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            title = wb.createCellStyle();
            title.setFont(big);
            example = wb.createCellStyle();
            example.setFont(grey);
            example.setDataFormat(textFormat);
        }

        private static CellStyle headerStyle(Workbook wb, Font font, short format) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setDataFormat(format);
            return s;
        }
    }
}
