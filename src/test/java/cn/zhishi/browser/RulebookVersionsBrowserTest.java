package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The organisation department reads the rulebook versions and makes the next one: lowers the 优秀 share
 * of excellent teams and rounds half up, sees the changes listed as it types, is refused without the
 * source document (what it typed stays), then saves. The version takes effect in 2099 so that the
 * version in force for every other test stays the shipped one.
 */
@IntegrationTest
class RulebookVersionsBrowserTest extends BrowserTestBase {

    @Test
    void theOfficeCreatesANewVersionFromTheCurrentOneWithItsDocumentAndDate() {
        Page page = signIn("admin", "Admin-Test-2026");
        page.navigate(url("/assessment/annual"));
        page.click("#annual-rulebooks");
        assertThat(page.locator("#rulebook-versions")).containsText("现行");
        screenshot(page, "rulebook-versions");

        page.click("#rulebook-new");
        assertThat(page.locator("#rulebook-no-changes")).isVisible();
        String latest = page.inputValue("#effectiveFrom");
        if (latest.compareTo("2099-01-01") < 0) {
            page.fill("#effectiveFrom", "2099-01-01");
        }
        page.fill("#quota-EXCELLENT", "25");
        page.check("input[name=rounding][value=HALF_UP]");
        assertThat(page.locator("#rulebook-preview")).containsText("班子“优秀”时优秀比例");
        assertThat(page.locator("#rulebook-preview")).containsText("四舍五入");
        page.fill("#basis", "");
        page.click("#rulebook-save");
        assertThat(page.locator("#basis")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#quota-EXCELLENT")).hasValue("25");
        screenshot(page, "rulebook-new-refused");

        page.fill("#basis", "某市委办公厅《年度考核结果运用实施办法》（2098年修订）第五条");
        page.click("#rulebook-save");
        assertThat(page.locator("#rulebook-state")).containsText("待生效");
        assertThat(page.locator("#rulebook-changes")).containsText("四舍五入");
        assertThat(page.locator("#rulebook-changes [data-field='quotaPercent[EXCELLENT]']")).containsText("25%");
        screenshot(page, "rulebook-version");

        page.click("text=全部版本");
        assertThat(page.locator("#rulebook-versions")).containsText("待生效");
        screenshot(page, "rulebook-versions-after");
    }
}
