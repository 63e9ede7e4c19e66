package cn.zhishi.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.Gender;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ExcelImportIntegrationTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 12);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    RegistryFixture org;
    ZhishiPrincipal admin;

    @BeforeEach
    void setUp() {
        org = RegistryFixture.create(jdbc);
        admin = org.admin();
    }

    @Test
    void the_template_downloads_with_its_sheets_lists_and_codes_and_reads_back_as_an_empty_import() throws Exception {
        MvcResult res = mvc.perform(get("/imports/template.xlsx").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn();
        byte[] xlsx = res.getResponse().getContentAsByteArray();
        try (Workbook wb = TestWorkbook.read(xlsx)) {
            for (ImportSheet s : ImportSheet.values()) {
                assertThat(TestWorkbook.header(wb, s.title()))
                        .containsExactlyElementsOf(s.columns().stream().map(ImportColumn::header).toList());
                assertThat(wb.getSheet(s.title()).getLastRowNum()).as("no example in a data sheet").isZero();
            }
            XSSFSheet cadres = (XSSFSheet) wb.getSheet(ImportSheet.CADRES.title());
            assertThat(cadres.getDataValidations()).isNotEmpty();
            assertThat(cadres.getRow(0).getCell(2).getCellComment().getString().getString()).contains("汉族");
            assertThat(TestWorkbook.rows(wb, ImportTemplate.UNIT_SHEET)).extracting(r -> r.get(0)).contains(org.townCode);
            assertThat(TestWorkbook.rows(wb, ImportTemplate.POST_SHEET)).extracting(r -> r.get(0))
                    .contains(org.secretaryPost, org.deputyPost);
            assertThat(TestWorkbook.rows(wb, ImportTemplate.GUIDE_SHEET).toString()).contains("示例", "张三");
        }

        JsonNode report = apiImport(xlsx, true);
        assertThat(report.get("rowsRead").asInt()).isZero();
        assertThat(report.get("rejectedRows")).isEmpty();
    }

    @Test
    void a_dry_run_lists_every_bad_row_with_sheet_row_column_and_reason_and_saves_nothing() throws Exception {
        Book book = bookWithProblems();
        long cadresBefore = count("cadre");
        long auditBefore = count("audit_record");

        MockHttpSession session = new MockHttpSession();
        String id = upload(book.xlsx, session);
        String page = mvc.perform(get("/imports/" + id).with(user(admin)).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(count("cadre")).isEqualTo(cadresBefore);
        assertThat(count("audit_record")).isEqualTo(auditBefore);
        assertThat(page).contains("预检结果", "确认导入 2 人", "单位编码“NOPE”不存在", "火星族");

        JsonNode report = apiImport(book.xlsx, true);
        assertThat(count("cadre")).isEqualTo(cadresBefore);
        assertThat(report.get("registered").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(9);
        List<JsonNode> rows = report.get("rejectedRows").valueStream().toList();
        assertThat(rows).extracting(r -> r.get("sheet").asString(), r -> r.get("row").asInt(),
                r -> r.get("column").asString(), r -> r.get("code").asString()).contains(
                tuple("干部基本信息", book.badChecksum, "身份证号", "cadre.idNumber.CHECKSUM"),
                tuple("干部基本信息", book.birthMismatch, "身份证号", "cadre.idNumber.birthDateMismatch"),
                tuple("干部基本信息", book.unknownEthnicity, "民族", "imports.value.unknown"),
                tuple("任职", book.endBeforeStartTenure, "免职时间", "tenure.endBeforeStart"),
                tuple("任职", book.overCapacityTenure, "任职时间", "tenure.postFull"),
                tuple("干部基本信息", book.unknownUnit, "所在单位编码", "imports.unit.unknown"),
                tuple("学历学位", book.orphanEducation, "身份证号", "imports.person.unknown"),
                tuple("学历学位", book.unknownDegree, "学位", "imports.value.unknown"),
                tuple("干部基本信息", book.badDate, "出生日期", "imports.date.format"));
        // the person of the bad tenure is refused as a whole: its sheet-1 row is listed as taken along
        assertThat(rows).extracting(r -> r.get("sheet").asString(), r -> r.get("row").asInt(), r -> r.get("code").asString())
                .contains(tuple("干部基本信息", book.endBeforeStartPerson, "imports.rejectedWithPerson"));
        assertThat(rows).filteredOn(r -> r.get("code").asString().equals("imports.value.unknown"))
                .first().satisfies(r -> {
                    assertThat(r.get("value").asString()).isEqualTo("火星族");
                    assertThat(r.get("reason").asString()).contains("火星族");
                });
        // an unreadable birth date is reported once, not again as "required" by the cadre service
        assertThat(rows).filteredOn(r -> r.get("row").asInt() == book.badDate && r.get("column").asString().equals("出生日期"))
                .hasSize(1);
    }

    @Test
    void confirming_saves_exactly_the_valid_cadres_and_a_second_import_changes_nothing() throws Exception {
        Book book = bookWithProblems();
        long cadresBefore = count("cadre");
        MockHttpSession session = new MockHttpSession();
        String id = upload(book.xlsx, session);

        MvcResult confirmed = mvc.perform(post("/imports/" + id + "/confirm").with(user(admin)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(count("cadre")).isEqualTo(cadresBefore + 2);
        assertThat(jdbc.queryForList("select name from cadre where name like ? order by name", String.class,
                "%" + org.prefix)).containsExactlyInAnyOrder("甲" + org.prefix, "乙" + org.prefix);
        long educations = count("cadre_education");
        long tenures = count("tenure");
        long family = count("cadre_family_member");
        long resume = count("cadre_resume_entry");
        long audit = count("audit_record");

        String result = mvc.perform(get("/imports/" + id + "/result").with(user(admin)).session(session)
                        .flashAttr("report", confirmed.getFlashMap().get("report")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(result).contains("导入完成");

        JsonNode again = apiImport(book.xlsx, false);
        assertThat(again.get("registered").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("rejected").asInt()).isEqualTo(9);
        assertThat(count("cadre")).isEqualTo(cadresBefore + 2);
        assertThat(count("cadre_education")).isEqualTo(educations);
        assertThat(count("tenure")).isEqualTo(tenures);
        assertThat(count("cadre_family_member")).isEqualTo(family);
        assertThat(count("cadre_resume_entry")).isEqualTo(resume);
        assertThat(count("audit_record")).as("nothing changed, nothing audited").isEqualTo(audit);
    }

    @Test
    void the_rejected_rows_report_downloads_with_original_columns_row_numbers_and_reasons() throws Exception {
        Book book = bookWithProblems();
        MockHttpSession session = new MockHttpSession();
        String id = upload(book.xlsx, session);
        mvc.perform(post("/imports/" + id + "/confirm").with(user(admin)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());

        byte[] report = mvc.perform(get("/imports/" + id + "/rejected.xlsx").with(user(admin)).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%E6%9C%AA")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = TestWorkbook.read(report)) {
            List<String> head = TestWorkbook.header(wb, ImportSheet.CADRES.title());
            assertThat(head).endsWith("行号", "原因");
            assertThat(head.subList(0, head.size() - 2))
                    .containsExactlyElementsOf(ImportSheet.CADRES.columns().stream().map(ImportColumn::header).toList());
            List<List<String>> rows = TestWorkbook.rows(wb, ImportSheet.CADRES.title());
            int rowCol = head.indexOf("行号");
            assertThat(rows).extracting(r -> r.get(rowCol)).contains(String.valueOf(book.unknownUnit),
                    String.valueOf(book.badChecksum), String.valueOf(book.endBeforeStartPerson));
            assertThat(rows).filteredOn(r -> r.get(rowCol).equals(String.valueOf(book.unknownUnit)))
                    .first().satisfies(r -> assertThat(r.get(rowCol + 1)).contains("所在单位编码：", "NOPE"));
            assertThat(rows).extracting(r -> r.get(0)).doesNotContain("甲" + org.prefix, "乙" + org.prefix);
            assertThat(TestWorkbook.rows(wb, ImportSheet.EDUCATION.title())).hasSize(2);
        }
        // the report is itself an import workbook: uploading it again refuses the same people, adds nobody
        JsonNode again = apiImport(report, true);
        assertThat(again.get("registered").asInt()).isZero();
        assertThat(again.get("rejected").asInt()).isEqualTo(9);
    }

    @Test
    void every_write_of_an_import_is_audited_as_coming_through_the_import_channel() throws Exception {
        TestWorkbook wb = new TestWorkbook();
        String id = RegistryFixture.idNumber(BORN, Gender.FEMALE);
        wb.row(ImportSheet.CADRES, "丙" + org.prefix, "女", "汉族", BORN, id, "13800000000", "", "", "2002-08-01",
                "一般干部", org.townCode);
        wb.row(ImportSheet.EDUCATION, id, "全日制", "大学本科", "学士", "山东大学", "法学", "1998-09-01", "2002-07-01");
        wb.row(ImportSheet.TENURES, id, org.clerkPost, "2010-01-01", "", "");
        apiImport(wb.bytes(), false);
        String cadreId = jdbc.queryForObject("select cast(id as varchar) from cadre where name = ?", String.class,
                "丙" + org.prefix);
        assertThat(jdbc.queryForList("select channel from audit_record where entity_type = 'Cadre' and entity_id = ?",
                String.class, cadreId)).hasSize(3).containsOnly("IMPORT");

        MockHttpSession session = new MockHttpSession();
        TestWorkbook more = new TestWorkbook();
        more.row(ImportSheet.RESUME, id, "2002-08-01", "", "某镇科员");
        String upload = upload(more.bytes(), session);
        mvc.perform(post("/imports/" + upload + "/confirm").with(user(admin)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select channel from audit_record where entity_type = 'Cadre' and entity_id = ?",
                String.class, cadreId)).hasSize(4).containsOnly("IMPORT");
    }

    @Test
    void a_problem_with_a_later_tenure_points_at_its_own_row_when_earlier_tenures_are_already_on_file() throws Exception {
        String id = RegistryFixture.idNumber(BORN, Gender.MALE);
        TestWorkbook first = new TestWorkbook();
        first.row(ImportSheet.CADRES, "丑" + org.prefix, "男", "汉族", BORN, id, "", "", "", "2002-08-01", "一般干部", org.townCode);
        first.row(ImportSheet.TENURES, id, org.clerkPost, "2010-01-01", "2015-12-31", "");
        assertThat(apiImport(first.bytes(), false).get("registered").asInt()).isEqualTo(1);

        TestWorkbook second = new TestWorkbook();
        second.row(ImportSheet.TENURES, id, org.clerkPost, "2010-01-01", "2015-12-31", "");
        int bad = second.row(ImportSheet.TENURES, id, org.deputyPost, "2020-03-01", "2019-01-01", "");
        JsonNode report = apiImport(second.bytes(), true);

        assertThat(report.get("rejectedRows").valueStream().toList())
                .extracting(r -> r.get("sheet").asString(), r -> r.get("row").asInt(), r -> r.get("column").asString())
                .contains(tuple("任职", bad, "免职时间"));
    }

    @Test
    void imports_are_for_org_admins_and_uploads_belong_to_the_session_that_made_them() throws Exception {
        ZhishiPrincipal assessor = org.principal(Set.of(Role.ASSESSOR));
        mvc.perform(get("/imports").with(user(assessor))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/imports/cadres").file(file(new TestWorkbook().bytes())).with(user(assessor)))
                .andExpect(status().isForbidden());

        String id = upload(new TestWorkbook().bytes(), new MockHttpSession());
        mvc.perform(get("/imports/" + id).with(user(admin)).session(new MockHttpSession()))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_page_and_the_reasons_follow_the_language_of_the_user() throws Exception {
        String page = mvc.perform(get("/imports").param("lang", "en").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Import cadres", "Download the import template", "Upload and check");

        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.CADRES, "寅" + org.prefix, "男", "火星族", BORN, RegistryFixture.idNumber(BORN, Gender.MALE), "", "",
                "", "", "一般干部", org.townCode);
        String body = mvc.perform(multipart("/api/v1/imports/cadres").file(file(wb.bytes())).param("lang", "en")
                        .with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(body).get("rejectedRows").get(0).get("reason").asString())
                .isEqualTo("\"火星族\" is not an allowed value; choose from the list or enter the code");
    }

    @Test
    void content_outside_the_template_is_reported_as_not_imported() throws Exception {
        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.CADRES, "卯" + org.prefix, "男", "汉族", BORN, RegistryFixture.idNumber(BORN, Gender.MALE), "", "",
                "", "", "一般干部", org.townCode, "", "", "备注写在了表头外");

        JsonNode report = apiImport(wb.bytes(), true);

        assertThat(report.get("ignored").valueStream().map(JsonNode::asString).toList())
                .containsExactly("干部基本信息：N 列（没有表头）");
    }

    @Test
    void a_file_that_is_not_an_import_workbook_is_refused_with_a_reason() throws Exception {
        MvcResult res = mvc.perform(multipart("/api/v1/imports/cadres").file(
                        new MockMultipartFile("file", "x.xlsx", Downloads.XLSX, "not a workbook".getBytes()))
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(res.getResponse().getContentAsString()).contains("imports.file.unreadable");

        String page = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b".getBytes()))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请上传 Excel 文件");
    }

    /** The rows of a workbook with one problem of each kind, and two valid cadres. */
    private record Book(byte[] xlsx, int badChecksum, int birthMismatch, int unknownEthnicity, int endBeforeStartPerson,
            int endBeforeStartTenure, int overCapacityTenure, int unknownUnit, int orphanEducation, int badDate,
            int unknownDegree) {
    }

    private Book bookWithProblems() {
        TestWorkbook wb = new TestWorkbook();
        String p = org.prefix;
        String good1 = RegistryFixture.idNumber(BORN, Gender.MALE);
        String good2 = RegistryFixture.idNumber(LocalDate.of(1985, 1, 3), Gender.FEMALE);
        wb.row(ImportSheet.CADRES, "甲" + p, "男", "汉族", BORN, good1, "13800000001", "山东利津", "2004-07-01",
                "2002-08-01", "科级干部", org.townCode, "经济管理", "乡村振兴");
        wb.row(ImportSheet.CADRES, "乙" + p, "FEMALE", "03", "1985.01.03", good2, "", "", "", "2007-07-01",
                "GENERAL", org.townCode);
        int badChecksum = wb.row(ImportSheet.CADRES, "丁" + p, "男", "汉族", BORN,
                RegistryFixture.withBadChecksum(RegistryFixture.idNumber(BORN, Gender.MALE)), "", "", "", "2002-08-01",
                "一般干部", org.townCode);
        int birthMismatch = wb.row(ImportSheet.CADRES, "戊" + p, "男", "汉族", BORN.plusYears(1),
                RegistryFixture.idNumber(BORN, Gender.MALE), "", "", "", "2002-08-01", "一般干部", org.townCode);
        int unknownEthnicity = wb.row(ImportSheet.CADRES, "己" + p, "男", "火星族", BORN,
                RegistryFixture.idNumber(BORN, Gender.MALE), "", "", "", "2002-08-01", "一般干部", org.townCode);
        String tenureId = RegistryFixture.idNumber(BORN, Gender.MALE);
        int endBeforeStartPerson = wb.row(ImportSheet.CADRES, "庚" + p, "男", "汉族", BORN, tenureId, "", "", "",
                "2002-08-01", "一般干部", org.townCode);
        String fullId = RegistryFixture.idNumber(BORN, Gender.FEMALE);
        wb.row(ImportSheet.CADRES, "辛" + p, "女", "汉族", BORN, fullId, "", "", "", "2002-08-01", "一般干部", org.townCode);
        int unknownUnit = wb.row(ImportSheet.CADRES, "壬" + p, "男", "汉族", BORN,
                RegistryFixture.idNumber(BORN, Gender.MALE), "", "", "", "2002-08-01", "一般干部", "NOPE");
        int badDate = wb.row(ImportSheet.CADRES, "癸" + p, "男", "汉族", "1980-13-45",
                RegistryFixture.idNumber(BORN, Gender.MALE), "", "", "", "2002-08-01", "一般干部", org.townCode);
        // a valid person but for one unreadable optional cell: still refused, since the cell would be lost
        String degreeId = RegistryFixture.idNumber(BORN, Gender.MALE);
        wb.row(ImportSheet.CADRES, "子" + p, "男", "汉族", BORN, degreeId, "", "", "", "2002-08-01", "一般干部", org.townCode);

        int unknownDegree = wb.row(ImportSheet.EDUCATION, degreeId, "全日制", "大学本科", "博士后", "某大学", "", "", "");
        wb.row(ImportSheet.EDUCATION, good1, "全日制", "大学本科", "学士", "山东大学", "经济学", "1998-09-01", "2002-07-01");
        wb.row(ImportSheet.EDUCATION, good1, "在职", "硕士研究生", "硕士", "中共中央党校", "", "2010-09-01", "2013-07-01");
        int orphanEducation = wb.row(ImportSheet.EDUCATION, RegistryFixture.idNumber(BORN, Gender.MALE), "全日制", "大学本科",
                "学士", "某大学", "", "", "");
        wb.row(ImportSheet.FAMILY, good1, "配偶", "李四", "1982-03-15", "中共党员", "利津县第一中学", "教师", "否", "", "");
        wb.row(ImportSheet.RESUME, good1, "2002-08-01", "2010-12-31", "某镇党政办科员");
        wb.row(ImportSheet.TENURES, good1, org.secretaryPost, "2021-01-05", "", "利组任〔2021〕1号");
        wb.row(ImportSheet.TENURES, good2, org.deputyPost, "2020-03-01", "", "");
        int endBeforeStartTenure = wb.row(ImportSheet.TENURES, tenureId, org.deputyPost, "2020-03-01", "2019-01-01", "");
        // the secretary post allows one holder, and 甲 holds it from 2021-01-05
        int overCapacityTenure = wb.row(ImportSheet.TENURES, fullId, org.secretaryPost, "2022-01-01", "", "");
        return new Book(wb.bytes(), badChecksum, birthMismatch, unknownEthnicity, endBeforeStartPerson,
                endBeforeStartTenure, overCapacityTenure, unknownUnit, orphanEducation, badDate, unknownDegree);
    }

    private String upload(byte[] xlsx, MockHttpSession session) throws Exception {
        String location = mvc.perform(multipart("/imports").file(file(xlsx)).with(user(admin)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private JsonNode apiImport(byte[] xlsx, boolean dryRun) throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports/cadres").file(file(xlsx))
                        .param("dryRun", String.valueOf(dryRun)).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static MockMultipartFile file(byte[] xlsx) {
        return new MockMultipartFile("file", "干部.xlsx", Downloads.XLSX, xlsx);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
