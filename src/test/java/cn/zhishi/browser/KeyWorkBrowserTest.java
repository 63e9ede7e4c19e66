package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The organisation department walks one 桃源乡 cadre's key work through the year: a project listed, a
 * mid-year check, the year-end form refused without the regretted work (what was typed stays), then
 * handed in and rated.
 */
@IntegrationTest
class KeyWorkBrowserTest extends BrowserTestBase {

    @Test
    void theOfficeListsChecksCollectsAndRatesAYearsKeyWork() {
        Page page = signIn("admin", "Admin-Test-2026");
        page.navigate(url("/assessment/key-work"));
        String town = (String) page.evalOnSelectorAll("#unitId option",
                "els => els.find(e => e.textContent.includes('桃源乡')).value");
        page.selectOption("#unitId", town);
        page.locator("#key-work-filter button").click();
        assertThat(page.locator("#key-work-counts")).containsText("已列项目 0 人");
        page.locator("#key-work-rows tbody a").first().click();

        page.fill("#title", "招商引资：引进农产品加工项目");
        page.fill("#target", "签约2个，落地1个");
        page.click("#project-add");
        assertThat(page.locator("#projects")).containsText("招商引资：引进农产品加工项目");

        page.selectOption("#projectId", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.selectOption("#method", "UNANNOUNCED_VISIT");
        page.selectOption("#progress", "BEHIND");
        page.fill("#note", "用地手续尚未办结，已督促");
        page.click("#check-save");
        assertThat(page.locator("#projects")).containsText("用地手续尚未办结");

        page.fill("#completion", "签约2个项目，落地1个");
        page.fill("#mostSatisfied", "农产品加工项目当年签约当年开工");
        page.click("#year-end-submit");
        assertThat(page.locator("#action-error")).isVisible();
        assertThat(page.locator("#regretted")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#completion")).hasValue("签约2个项目，落地1个");
        page.fill("#regretted", "第二个项目因用地指标未能落地");
        page.click("#year-end-submit");
        assertThat(page.locator("#sheet-status")).containsText("已提交");
        screenshot(page, "key-work-submitted");

        page.selectOption("#rating", "FAIRLY_GOOD");
        page.fill("#comment", "招商成效明显");
        page.click("#rating-save");
        assertThat(page.locator("#rating-result")).containsText("较好");
        screenshot(page, "key-work-rated");
        page.navigate(url("/assessment/key-work?unitId=" + town));
        assertThat(page.locator("#key-work-counts")).containsText("已评定 1 人");
        screenshot(page, "key-work-overview");
    }
}
