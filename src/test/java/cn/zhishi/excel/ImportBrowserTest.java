package cn.zhishi.excel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.cadre.Gender;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clerk uploads a workbook in Chromium (multipart with the CSRF token), reads the preview, confirms. */
@IntegrationTest
class ImportBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWorkbookWithOneGoodAndOneBadRowImportsTheGoodOneAndExplainsTheOther() {
        String township = jdbc.queryForObject("select code from org_unit where name = '桃源乡'", String.class);
        String good = Fixtures.idNumber(LocalDate.of(1986, 9, 9), Gender.FEMALE);
        String bad = Fixtures.idNumber(LocalDate.of(1987, 3, 3), Gender.MALE);
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        TestWorkbook wb = new TestWorkbook();
        wb.row(ImportSheet.CADRES, "导入甲", "女", "汉族", LocalDate.of(1986, 9, 9), good, "", "", "", "2008-07-01", "一般干部", township);
        wb.row(ImportSheet.CADRES, "导入乙", "男", "汉族", LocalDate.of(1987, 3, 3), bad, "", "", "", "2009-07-01", "一般干部", township);

        Page page = signIn("admin", "Admin-Test-2026");
        page.onDialog(d -> d.accept());
        page.navigate(url("/imports"));
        page.setInputFiles("#file", new FilePayload("干部.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", wb.bytes()));
        page.click("form[enctype='multipart/form-data'] button[type=submit]");
        assertThat(page.locator("#report")).containsText("校验位");
        assertThat(page.locator("#report")).containsText("导入乙");
        screenshot(page, "import-preview");
        assertThat(jdbc.queryForObject("select count(*) from cadre where name = '导入甲'", Integer.class)).isZero();

        page.click("button.btn-success");
        page.waitForURL(url -> url.endsWith("/result"));
        assertThat(jdbc.queryForObject("select count(*) from cadre where name = '导入甲'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from cadre where name = '导入乙'", Integer.class)).isZero();
        screenshot(page, "import-result");
        page.context().close();
    }
}
