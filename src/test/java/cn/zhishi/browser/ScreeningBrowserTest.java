package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * An organisation admin screens the demo county for the 桃源乡 乡长 vacancy and opens the reasons of
 * one cadre the annual grades rule excludes (the demo county has a few 基本称职/不称职 every year).
 */
@IntegrationTest
class ScreeningBrowserTest extends BrowserTestBase {

    @Test
    void anAdminScreensAVacancyAndOpensTheReasonsOfAnExcludedCadre() {
        Page page = signIn("admin", "Admin-Test-2026");
        page.getByText("人选筛查").first().click();
        String value = (String) page.evalOnSelectorAll("#postId option",
                "els => els.find(e => e.textContent.includes('桃源乡') && e.textContent.includes('乡长') && e.textContent.includes('正科')).value");
        page.selectOption("#postId", value);
        page.click("#screen-submit");
        assertThat(page.locator("#screening-result")).containsText("符合条件的人选");
        page.locator("details[data-rule=AnnualGradesAtLeastCompetent] summary").click();
        screenshot(page, "screening");
        page.locator("details[data-rule=AnnualGradesAtLeastCompetent] a.ineligible-link").first().click();
        assertThat(page.locator("#verdict")).containsText("不符合提拔条件");
        assertThat(page.locator("tr[data-rule=AnnualGradesAtLeastCompetent]")).containsText("年度考核为");
        assertThat(page.locator("tr[data-rule=AnnualGradesAtLeastCompetent]")).containsText("第二十四条");
        screenshot(page, "verdict");
    }
}
