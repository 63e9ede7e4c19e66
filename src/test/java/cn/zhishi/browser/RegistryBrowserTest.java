package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.cadre.CitizenIdNumber;
import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foundation in a real browser (Debian's Chromium): a clerk walks the tree to a cadre, enters a
 * new cadre with a wrong ID number and corrects it, the auditor finds the change, and a township
 * reviewer cannot open another township's cadre.
 */
@IntegrationTest
class RegistryBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkWalksTheTreeEntersACadreFixesTheIdNumberAndTheAuditorFindsTheChange() {
        Page page = signIn("admin", "Admin-Test-2026");
        // walk the unit tree to a township, then to a cadre holding one of its posts
        page.navigate(url("/units"));
        page.getByText("桃源乡").first().click();
        assertThat(page.locator("h1")).containsText("桃源乡");
        screenshot(page, "unit");
        page.locator("#posts a[href^='/cadres/']").first().click();
        assertThat(page.locator("#cadre-name")).isVisible();
        assertThat(page.locator("#basic")).containsText("桃源乡");

        // a new cadre with a mistyped ID number: refused, message next to the field, input kept
        long township = jdbc.queryForObject("select id from org_unit where name = '桃源乡'", Long.class);
        String first17 = "52263519880412" + "051";
        String good = first17 + CitizenIdNumber.checkCharacter(first17);
        String bad = first17 + (good.charAt(17) == '1' ? '2' : '1');
        page.navigate(url("/cadres/new?unitId=" + township));
        page.fill("#name", "测试员甲");
        page.selectOption("#gender", "MALE");
        page.fill("#birthDate", "1988-04-12");
        page.fill("#idNumber", bad);
        page.selectOption("#cadreType", "GENERAL");
        page.fill("#nativePlace", "贵州雷山");
        page.click("#save-cadre");
        assertThat(page.locator("#idNumber")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#idNumber ~ .invalid-feedback")).containsText("校验位");
        assertThat(page.locator("#nativePlace")).hasValue("贵州雷山");
        screenshot(page, "cadre-form-error");

        page.fill("#idNumber", good);
        page.click("#save-cadre");
        assertThat(page.locator("#cadre-name")).hasText("测试员甲");
        assertThat(page.locator("#id-number")).hasText(good);
        screenshot(page, "cadre-profile");
        page.context().close();

        // the auditor sees who registered whom
        Page audit = signIn("auditor", "Auditor-Test-2026");
        audit.navigate(url("/audit?action=cadre.register"));
        assertThat(audit.locator("body")).containsText("测试员甲");
        assertThat(audit.locator("body")).containsText("admin");
        screenshot(audit, "audit");
        audit.context().close();
    }

    @Test
    void aReviewerOfOneTownshipOpeningAnotherTownshipsCadreByUrlGetsNotFound() {
        long other = jdbc.queryForObject("""
                select min(c.id) from cadre c join org_unit u on u.id = c.unit_id where u.name = '桃源乡'""", Long.class);
        Page page = signIn("reviewer2", "Demo-Test-2026");
        Response response = page.navigate(url("/cadres/" + other));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("body")).containsText("未找到");
        String name = jdbc.queryForObject("select name from cadre where id = ?", String.class, other);
        assertThat(page.content()).doesNotContain(name);
        page.context().close();
    }

}
