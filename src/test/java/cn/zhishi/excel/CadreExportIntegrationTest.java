package cn.zhishi.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.Gender;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CadreExportIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    RegistryFixture org;

    @BeforeEach
    void threeCadres() throws Exception {
        org = RegistryFixture.create(jdbc);
        TestWorkbook wb = new TestWorkbook();
        String p = org.prefix;
        String b = RegistryFixture.idNumber(LocalDate.of(1985, 1, 3), Gender.FEMALE);
        wb.row(ImportSheet.CADRES, "甲" + p, "男", "汉族", LocalDate.of(1980, 5, 12),
                RegistryFixture.idNumber(LocalDate.of(1980, 5, 12), Gender.MALE), "", "", "", "2002-08-01", "科级干部", org.townCode);
        wb.row(ImportSheet.CADRES, "乙" + p, "女", "回族", LocalDate.of(1985, 1, 3), b, "", "", "", "2007-07-01", "一般干部",
                org.townCode);
        wb.row(ImportSheet.CADRES, "丙" + p, "女", "汉族", LocalDate.of(1990, 6, 1),
                RegistryFixture.idNumber(LocalDate.of(1990, 6, 1), Gender.FEMALE), "", "", "", "2012-07-01", "一般干部",
                org.townCode);
        wb.row(ImportSheet.EDUCATION, b, "全日制", "大学本科", "学士", "山东大学", "", "", "");
        wb.row(ImportSheet.TENURES, b, org.deputyPost, "2020-03-01", "", "");
        mvc.perform(multipart("/api/v1/imports/cadres").file(new MockMultipartFile("file", "x.xlsx", Downloads.XLSX, wb.bytes()))
                .param("dryRun", "false").with(user(org.admin()))).andExpect(status().isOk());
    }

    @Test
    void the_export_holds_every_cadre_matching_the_list_filter_with_labels_and_real_dates() throws Exception {
        byte[] xlsx = mvc.perform(get("/cadres/export.xlsx").param("gender", "FEMALE").param("sort", "NAME")
                        .with(user(org.admin())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Downloads.XLSX))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%E5%B9%B2%E9%83%A8")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = TestWorkbook.read(xlsx)) {
            String sheet = wb.getSheetName(0);
            assertThat(TestWorkbook.header(wb, sheet)).containsExactly("姓名", "性别", "民族", "出生日期", "年龄", "单位",
                    "现任职务", "职务层次", "最高学历", "干部类型", "参加工作时间");
            List<List<String>> rows = TestWorkbook.rows(wb, sheet);
            assertThat(rows).extracting(r -> r.get(0)).containsExactlyInAnyOrder("乙" + org.prefix, "丙" + org.prefix);
            List<String> yi = rows.stream().filter(r -> r.get(0).equals("乙" + org.prefix)).findFirst().orElseThrow();
            assertThat(yi).containsExactly("乙" + org.prefix, "女", "回族", "1985-01-03", yi.get(4), "测试镇" + org.prefix,
                    "副镇长", "副科级", "大学本科", "一般干部", "2007-07-01");
            assertThat(Integer.parseInt(yi.get(4))).isGreaterThanOrEqualTo(40);
            assertThat(DateUtil.isCellDateFormatted(wb.getSheet(sheet).getRow(1).getCell(3))).isTrue();
        }
    }

    @Test
    void the_api_export_takes_the_same_filters() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/cadres/export.xlsx").param("q", "丙").with(user(org.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = TestWorkbook.read(xlsx)) {
            assertThat(TestWorkbook.rows(wb, wb.getSheetName(0))).extracting(r -> r.get(0)).containsExactly("丙" + org.prefix);
        }
    }

    @Test
    void readers_see_their_jurisdiction_only_and_plain_cadres_may_not_export() throws Exception {
        assertThat(exportedNames(get("/cadres/export.xlsx"), org.principal(Set.of(Role.ASSESSOR)))).hasSize(3);

        RegistryFixture elsewhere = RegistryFixture.create(jdbc);
        assertThat(exportedNames(get("/cadres/export.xlsx"), elsewhere.principal(Set.of(Role.LEADER)))).isEmpty();
        assertThat(exportedNames(get("/api/v1/cadres/export.xlsx"), elsewhere.admin())).isEmpty();

        mvc.perform(get("/cadres/export.xlsx").with(user(org.principal(Set.of(Role.CADRE))))).andExpect(status().isForbidden());
    }

    private List<String> exportedNames(MockHttpServletRequestBuilder request, ZhishiPrincipal who) throws Exception {
        byte[] xlsx = mvc.perform(request.with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = TestWorkbook.read(xlsx)) {
            return TestWorkbook.rows(wb, wb.getSheetName(0)).stream().map(r -> r.get(0)).toList();
        }
    }
}
