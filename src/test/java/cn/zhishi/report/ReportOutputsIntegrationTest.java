package cn.zhishi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.Gender;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The report's outputs: the PDF form, the unit's month as Excel, and the REST API. */
@IntegrationTest
class ReportOutputsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired ReportService reports;

    long root;
    long town;
    long cadreId;
    long otherCadre;
    ZhishiPrincipal author;
    ZhishiPrincipal reviewer;
    ZhishiPrincipal office;
    ZhishiPrincipal outsider;

    @BeforeEach
    void township() {
        root = Fixtures.rootUnit(jdbc, "输出县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "输出乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        long elsewhere = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "别的乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 2)));
        cadreId = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "赵秀兰", LocalDate.of(1984, 6, 9),
                Gender.FEMALE)));
        otherCadre = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "钱立新", LocalDate.of(1990, 1, 2),
                Gender.MALE)));
        author = new ZhishiPrincipal(-1, "author-" + cadreId, "赵秀兰", "{noop}x", Set.of(Role.CADRE), Set.of(town),
                cadreId, true, false, false);
        reviewer = Fixtures.principal("rev-out", Set.of(Role.UNIT_REVIEWER), Set.of(town));
        office = Fixtures.principal("office-out", Set.of(Role.ORG_ADMIN, Role.ASSESSOR), Set.of(root));
        outsider = Fixtures.principal("rev-else", Set.of(Role.UNIT_REVIEWER), Set.of(elsewhere));
    }

    private long reviewedReport(YearMonth month) {
        long id = Fixtures.as(author, () -> {
            long r = reports.openMonth(month);
            reports.saveDraft(r, Grade.GOOD, "较好完成本月工作", List.of(new ItemDraft(ItemKind.PLANNED, "人居环境整治",
                    "完成3个村的垃圾集中收运点建设", Completion.DONE, "验收单")));
            reports.submit(r);
            return r;
        });
        Fixtures.as(reviewer, () -> { reports.review(id, version(id), true, Grade.GOOD, "属实，同意"); return null; });
        return id;
    }

    private int version(long id) {
        return jdbc.queryForObject("select version from monthly_report where id = ?", Integer.class, id);
    }

    @Test
    void theFormIsAPdfWithTheCadresNameItemsAndSignatureLines() throws Exception {
        long id = reviewedReport(YearMonth.of(2026, 2));
        byte[] pdf = mvc.perform(get("/reports/{id}/form.pdf", id).with(user(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("inline")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        if (System.getenv("ZHISHI_PDF_SAMPLE") != null) {
            Files.write(Path.of(System.getenv("ZHISHI_PDF_SAMPLE")), pdf);
        }
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
        assertThat(text).contains("赵秀兰").contains("输出乡").contains("人居环境整治").contains("实绩报告登记表")
                .contains("主要负责人签字").contains("本人签字");
        assertThat(pdf.length).as("the CJK font is embedded as a subset").isLessThan(2_000_000);

        // the author may print it; someone else's unit may not even learn it exists
        mvc.perform(get("/reports/{id}/form.pdf", id).with(user(author))).andExpect(status().isOk());
        mvc.perform(get("/reports/{id}/form.pdf", id).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}", id).with(user(author)))
                .andExpect(content().string(Matchers.containsString("/reports/" + id + "/form.pdf")));
    }

    @Test
    void theUnitsMonthIsAnExcelSheetWithOneLinePerCadre() throws Exception {
        YearMonth month = YearMonth.of(2026, 2);
        reviewedReport(month);
        byte[] xlsx = mvc.perform(get("/reports/units/{u}/month.xlsx", town).param("m", month.toString())
                        .with(user(office)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("2026-02");
            assertThat(s).isNotNull();
            assertThat(s.getLastRowNum()).isEqualTo(2);
            String all = "";
            for (int r = 1; r <= 2; r++) {
                all += s.getRow(r).getCell(0).getStringCellValue() + "|" + s.getRow(r).getCell(2).getStringCellValue()
                        + "|" + s.getRow(r).getCell(5).getStringCellValue() + ";";
            }
            assertThat(all).contains("赵秀兰|已审核|").contains("钱立新||✓");
        }
        mvc.perform(get("/reports/units/{u}/month.xlsx", town).with(user(author))).andExpect(status().isForbidden());
    }

    @Test
    void theApiTakesAReportFromDraftToThePostingBoard() throws Exception {
        String opened = mvc.perform(post("/api/v1/reports").with(user(author)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"2026-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.cadreName").value("赵秀兰"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(opened.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(put("/api/v1/reports/{id}/draft", id).with(user(author)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"selfGrade\":\"GOOD\",\"selfAppraisal\":\"完成\",\"items\":[{\"kind\":\"PLANNED\","
                                + "\"title\":\"春耕备耕\",\"done\":\"完成种子发放\",\"completion\":\"DONE\"}]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].title").value("春耕备耕"));
        mvc.perform(post("/api/v1/reports/{id}/submit", id).with(user(author)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        // the author may not review their own report; another unit's reviewer does not see it
        mvc.perform(post("/api/v1/reports/{id}/review", id).with(user(author)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(id) + ",\"truthful\":true,\"grade\":\"GOOD\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/reports/{id}", id).with(user(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/queue").with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]").exists());

        // a stale version is refused, the current one goes through
        int stale = version(id) - 1;
        mvc.perform(post("/api/v1/reports/{id}/review", id).with(user(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + stale + ",\"truthful\":true,\"grade\":\"GOOD\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/reports/{id}/review", id).with(user(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(id) + ",\"truthful\":true,\"grade\":\"GOOD\",\"comment\":\"属实\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVIEWED"));
        mvc.perform(post("/api/v1/reports/{id}/sign", id).with(user(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(id) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));
        mvc.perform(post("/api/v1/reports/{id}/post", id).with(user(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(id) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("POSTED"))
                .andExpect(jsonPath("$.postedUntil").isNotEmpty());
        mvc.perform(get("/api/v1/reports/posted").with(user(office)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]").exists());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_id = ? and entity_type = 'MonthlyReport'",
                Integer.class, String.valueOf(id))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void badApiInputIsAProblemDocument() throws Exception {
        mvc.perform(post("/api/v1/reports").with(user(author)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\":\"next spring\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/{id}", 987_654_321L).with(user(author))).andExpect(status().isNotFound());
    }

    @Test
    void theOfficeDashboardDataHasRatesGradesComplaintsAndCards() throws Exception {
        YearMonth now = YearMonth.now();
        reviewedReport(now);
        jdbc.update("""
                insert into warning_card (cadre_id, card_year, colour, reason, issued_on, created_at)
                values (?, ?, 'YELLOW', '逾期未完成督办事项', current_date, current_timestamp)""", otherCadre, now.getYear());
        String unit = "$.units[?(@.unitId == " + town + ")]";
        mvc.perform(get("/reports/dashboard/data").with(user(office)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(6))
                .andExpect(jsonPath("$.months[5]").value(now.toString()))
                .andExpect(jsonPath(unit + ".unit").value("输出乡"))
                .andExpect(jsonPath(unit + ".submission[5]").value(50.0))
                .andExpect(jsonPath(unit + ".onTime[5]").value(50.0))
                .andExpect(jsonPath(unit + ".expected[5]").value(2))
                .andExpect(jsonPath("$.submission[5]").value(50.0))
                .andExpect(jsonPath("$.grades[?(@.key == 'GOOD')].count").value(1))
                .andExpect(jsonPath("$.cards[?(@.unitId == " + town + ")].yellow").value(1))
                .andExpect(jsonPath("$.cards[?(@.unitId == " + town + ")].red").value(0))
                .andExpect(jsonPath("$.openComplaints").isArray());
        mvc.perform(get("/reports/dashboard").with(user(office)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-zs-dashboard=\"/reports/dashboard/data\"")))
                .andExpect(content().string(Matchers.containsString("/js/dashboard.js")));
        mvc.perform(get("/reports/dashboard/data").with(user(author))).andExpect(status().isForbidden());
        // the unit overview shows the card with its reason
        mvc.perform(get("/units/{id}", town).with(user(office)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"unit-cards\"")))
                .andExpect(content().string(Matchers.containsString("钱立新 黄牌提醒：逾期未完成督办事项")));
        // a reviewer's jurisdiction elsewhere sees nothing of this township
        ZhishiPrincipal elsewhereOffice = Fixtures.principal("office-else", Set.of(Role.ASSESSOR),
                outsider.jurisdictionUnitIds());
        mvc.perform(get("/reports/dashboard/data").with(user(elsewhereOffice)))
                .andExpect(status().isOk()).andExpect(jsonPath(unit).isEmpty());
    }
}
