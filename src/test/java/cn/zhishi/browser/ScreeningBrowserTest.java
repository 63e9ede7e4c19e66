package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.support.BrowserSupport;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organisation admin screens the demo county for the 桃源乡 乡长 vacancy and opens the reasons of
 * one cadre the annual grades rule excludes (the demo county has a few 基本称职/不称职 every year).
 */
@IntegrationTest
class ScreeningBrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void anAdminScreensAVacancyAndOpensTheReasonsOfAnExcludedCadre() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900)).newPage();
        String base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.fill("#username", "admin");
        page.fill("#password", "Admin-Test-2026");
        page.click("button[type=submit]");
        page.waitForURL(base + "/");
        page.getByText("人选筛查").first().click();
        String value = (String) page.evalOnSelectorAll("#postId option",
                "els => els.find(e => e.textContent.includes('桃源乡') && e.textContent.includes('乡长') && e.textContent.includes('正科')).value");
        page.selectOption("#postId", value);
        page.click("#screen-submit");
        assertThat(page.locator("#screening-result")).containsText("符合条件的人选");
        page.locator("details[data-rule=AnnualGradesAtLeastCompetent] summary").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/screening.png")).setFullPage(true));
        page.locator("details[data-rule=AnnualGradesAtLeastCompetent] a.ineligible-link").first().click();
        assertThat(page.locator("#verdict")).containsText("不符合提拔条件");
        assertThat(page.locator("tr[data-rule=AnnualGradesAtLeastCompetent]")).containsText("年度考核为");
        assertThat(page.locator("tr[data-rule=AnnualGradesAtLeastCompetent]")).containsText("第二十四条");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/verdict.png")).setFullPage(true));
    }
}
