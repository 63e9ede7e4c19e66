package cn.zhishi.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.CadreImport;
import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.StudyMode;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class WorkbookParserTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 12);
    private static final String ID = RegistryFixture.idNumber(BORN, Gender.MALE);
    private static final String ON_FILE = RegistryFixture.idNumber(BORN, Gender.FEMALE);

    /** The registry as a few maps: unit U1 = 11, post P1 = 21, a handful of dictionary entries, one cadre on file. */
    private final ImportLookups lookups = new ImportLookups() {
        public Optional<Long> unitId(String code) {
            return code.equals("U1") ? Optional.of(11L) : Optional.empty();
        }

        public Optional<Long> postId(String code) {
            return code.equals("P1") ? Optional.of(21L) : Optional.empty();
        }

        public Optional<String> dictionaryCode(String dictCode, String text) {
            Map<String, String> known = Map.of("汉族", "01", "01", "01", "Han", "01", "大学本科", "20", "学士", "3",
                    "配偶", "SPOUSE", "中共党员", "CPC");
            return Optional.ofNullable(known.get(text));
        }

        public Optional<CadreForm> factsOnFile(String idNumber) {
            if (!idNumber.equals(ON_FILE)) {
                return Optional.empty();
            }
            CadreForm f = new CadreForm();
            f.setName("在库");
            f.setIdNumber(ON_FILE);
            return Optional.of(f);
        }
    };

    private final WorkbookParser parser = new WorkbookParser(lookups, vocabulary(), 100);

    static ImportVocabulary vocabulary() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/imports");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ImportVocabulary(messages);
    }

    @Test
    void rows_of_every_sheet_are_gathered_by_id_number_into_one_import_per_cadre() {
        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.CADRES, "张三", "男", "汉族", BORN, ID.toLowerCase(), "13800000000", "山东利津", "2004-07-01",
                "2002.08.01", "科级干部", "U1", "经济", "乡村振兴");
        wb.row(ImportSheet.EDUCATION, ID, "全日制", "大学本科", "学士", "山东大学", "经济学", "1998-09-01", "2002-07-01");
        wb.row(ImportSheet.FAMILY, ID, "配偶", "李四", "1982-03-15", "中共党员", "一中", "教师", "是", "加拿大", "2015-01-01");
        wb.row(ImportSheet.RESUME, ID, "2002-08-01", "", "科员");
        wb.row(ImportSheet.TENURES, ID, "P1", "2021-01-05", "", "1号");

        ParsedWorkbook parsed = parser.parse(wb.bytes());

        assertThat(parsed.orphans()).isEmpty();
        assertThat(parsed.rowCount()).isEqualTo(5);
        assertThat(parsed.persons()).hasSize(1);
        PersonRows p = parsed.persons().get(0);
        assertThat(p.issues()).isEmpty();
        CadreImport imp = p.toImport();
        CadreForm f = imp.facts();
        assertThat(f.getIdNumber()).isEqualTo(ID);
        assertThat(f.getGender()).isEqualTo(Gender.MALE);
        assertThat(f.getEthnicity()).isEqualTo("01");
        assertThat(f.getBirthDate()).isEqualTo(BORN);
        assertThat(f.getWorkStartDate()).isEqualTo(LocalDate.of(2002, 8, 1));
        assertThat(f.getCadreType()).isEqualTo(CadreType.SECTION_LEVEL);
        assertThat(f.getUnitId()).isEqualTo(11L);
        assertThat(f.getPhone()).isEqualTo("13800000000");
        assertThat(imp.educations()).singleElement().satisfies(e -> {
            assertThat(e.getStudyMode()).isEqualTo(StudyMode.FULL_TIME);
            assertThat(e.getEducationLevel()).isEqualTo("20");
            assertThat(e.getDegree()).isEqualTo("3");
        });
        assertThat(imp.family()).singleElement().satisfies(m -> {
            assertThat(m.isSettledAbroad()).isTrue();
            assertThat(m.getAbroadCountry()).isEqualTo("加拿大");
        });
        assertThat(imp.resume()).singleElement().satisfies(r -> assertThat(r.getEndDate()).isNull());
        assertThat(imp.tenures()).singleElement().satisfies(t -> assertThat(t.getPostId()).isEqualTo(21L));
        assertThat(p.recordRow(ImportSheet.TENURES, 0).number()).isEqualTo(2);
    }

    @Test
    void cells_that_cannot_be_read_are_reported_on_their_row_and_column() {
        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.CADRES, "张三", "未知", "火星族", "1980-13-45", ID, "", "", "", "", "处长", "U9");
        wb.row(ImportSheet.TENURES, ID, "P9", "2021-01-05");
        wb.row(ImportSheet.FAMILY, ID, "配偶", "李四", "", "", "", "", "也许");

        PersonRows p = parser.parse(wb.bytes()).persons().get(0);

        assertThat(p.issues()).extracting(i -> i.row().sheet(), i -> i.row().number(), RowIssue::field, RowIssue::code)
                .containsExactlyInAnyOrder(
                        tuple(ImportSheet.CADRES, 2, "gender", "imports.value.unknown"),
                        tuple(ImportSheet.CADRES, 2, "ethnicity", "imports.value.unknown"),
                        tuple(ImportSheet.CADRES, 2, "birthDate", "imports.date.format"),
                        tuple(ImportSheet.CADRES, 2, "cadreType", "imports.value.unknown"),
                        tuple(ImportSheet.CADRES, 2, "unitId", "imports.unit.unknown"),
                        tuple(ImportSheet.TENURES, 2, "postId", "imports.post.unknown"),
                        tuple(ImportSheet.FAMILY, 2, "settledAbroad", "imports.value.unknown"));
        assertThat(p.issues()).filteredOn(i -> i.field().equals("unitId")).first()
                .satisfies(i -> assertThat(i.value()).isEqualTo("U9"));
    }

    @Test
    void a_cell_showing_a_formula_error_is_reported_and_not_taken_for_a_value() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet(ImportSheet.CADRES.title());
            var head = sheet.createRow(0);
            var row = sheet.createRow(1);
            List<ImportColumn> cols = ImportSheet.CADRES.columns();
            for (int i = 0; i < cols.size(); i++) {
                head.createCell(i).setCellValue(cols.get(i).header());
            }
            row.createCell(0).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(4).setCellValue(ID);
            PersonRows p = parser.parse(wb).persons().get(0);
            assertThat(p.issues()).extracting(RowIssue::field, RowIssue::code, RowIssue::value)
                    .containsExactly(tuple("name", "imports.cell.error", "#N/A"));
            assertThat(p.toImport().facts().getName()).isNull();
        }
    }

    @Test
    void an_id_number_stored_as_a_number_is_reported_because_its_last_digits_are_lost() {
        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.CADRES, "张三", "男", "汉族", BORN, Double.parseDouble(ID.substring(0, 17)), "", "", "", "", "科级干部", "U1");

        assertThat(parser.parse(wb.bytes()).persons().get(0).issues())
                .extracting(RowIssue::field, RowIssue::code).containsExactly(tuple("idNumber", "imports.idNumber.numeric"));
    }

    @Test
    void rows_of_other_sheets_for_nobody_in_sheet_one_are_orphans_unless_the_cadre_is_on_file() {
        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.RESUME, ON_FILE, "2002-08-01", "", "科员");
        wb.row(ImportSheet.RESUME, RegistryFixture.idNumber(BORN, Gender.MALE), "2002-08-01", "", "科员");
        wb.row(ImportSheet.RESUME, "", "2002-08-01", "", "科员");

        ParsedWorkbook parsed = parser.parse(wb.bytes());

        assertThat(parsed.persons()).singleElement().satisfies(p -> {
            assertThat(p.factsRow()).isNull();
            assertThat(p.toImport().facts().getName()).isEqualTo("在库");
            assertThat(p.toImport().resume()).hasSize(1);
            assertThat(p.anchor().number()).isEqualTo(2);
        });
        assertThat(parsed.orphans()).extracting(i -> i.row().number(), RowIssue::code)
                .containsExactly(tuple(3, "imports.person.unknown"), tuple(4, "validation.required"));
    }

    @Test
    void a_second_row_for_the_same_person_in_sheet_one_is_refused_and_rows_without_id_are_separate_people() {
        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.CADRES, "张三", "男", "汉族", BORN, ID, "", "", "", "", "科级干部", "U1");
        wb.row(ImportSheet.CADRES, "张三", "男", "汉族", BORN, ID, "", "", "", "", "科级干部", "U1");
        wb.row(ImportSheet.CADRES, "李四", "男", "汉族", BORN, "", "", "", "", "", "科级干部", "U1");
        wb.row(ImportSheet.CADRES, "王五", "男", "汉族", BORN, "", "", "", "", "", "科级干部", "U1");

        List<PersonRows> persons = parser.parse(wb.bytes()).persons();

        assertThat(persons).hasSize(3);
        assertThat(persons.get(0).issues()).extracting(i -> i.row().number(), RowIssue::code, i -> i.args()[0])
                .containsExactly(tuple(3, "imports.idNumber.repeated", 2));
        assertThat(persons.get(0).rows()).extracting(SheetRow::number).containsExactly(2, 3);
    }

    @Test
    void columns_are_found_by_header_in_any_order_and_unknown_columns_and_sheets_are_reported_as_ignored() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet(ImportSheet.CADRES.title());
            String[] head = {"备注", "身份证号", "*姓名", "性别", "民族", "出生日期", "干部类型", "所在单位编码", "行号", "原因", "姓名"};
            String[] row = {"随便写", ID, "张三", "男", "汉族", "1980-05-12", "一般干部", "U1", "7", "旧原因", "李四", "无表头的数据"};
            var h = sheet.createRow(0);
            var r = sheet.createRow(1);
            for (int i = 0; i < row.length; i++) {
                if (i < head.length) {
                    h.createCell(i).setCellValue(head[i]);
                }
                r.createCell(i).setCellValue(row[i]);
            }
            wb.createSheet("Sheet2").createRow(0).createCell(0).setCellValue("别的数据");
            wb.createSheet("Sheet3");
            ParsedWorkbook parsed = parser.parse(wb);
            assertThat(parsed.ignored()).containsExactly(Ignored.column("干部基本信息", "备注"),
                    Ignored.repeatedColumn("干部基本信息", "姓名", "K"), Ignored.unnamedColumn("干部基本信息", "L"),
                    Ignored.sheet("Sheet2"));
            assertThat(parsed.headers().get(ImportSheet.CADRES)).doesNotContain("行号", "原因");
            assertThat(parsed.persons().get(0).issues()).isEmpty();
            assertThat(parsed.persons().get(0).toImport().facts().getName()).isEqualTo("张三");
        }
    }

    @Test
    void a_workbook_without_the_cadre_sheet_or_its_required_columns_is_not_an_import_workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            assertThatThrownBy(() -> parser.parse(wb)).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).problems().get(0).code()).isEqualTo("imports.file.noCadreSheet");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet(ImportSheet.CADRES.title()).createRow(0).createCell(0).setCellValue("姓名");
            assertThatThrownBy(() -> parser.parse(wb)).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).problems().get(0))
                    .satisfies(p -> {
                        assertThat(((FieldProblem) p).code()).isEqualTo("imports.file.missingColumns");
                        assertThat(((FieldProblem) p).args()[1].toString()).contains("身份证号", "所在单位编码");
                    });
        }
        assertThatThrownBy(() -> parser.parse("plain text".getBytes())).isInstanceOf(InvalidInputException.class);
    }
}
