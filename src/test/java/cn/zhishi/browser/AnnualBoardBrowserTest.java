package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual board of a demo township: the admin opens the year, grades up to eight members 优秀 and sees
 * the quota and the constraint check turn red with the rule and its source.
 */
@IntegrationTest
class AnnualBoardBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBoardShowsScoresWithTheirBreakdownTheQuotaAndViolatedRulesWithTheirSource() {
        long unit = jdbc.queryForObject("select min(p.unit_id) from post p join tenure t on t.post_id = p.id "
                + "join org_unit u on u.id = p.unit_id where p.team_role = 'PRINCIPAL' and t.end_date is null "
                + "and u.name like '%镇'", Long.class);
        Page page = signIn("admin", "Admin-Test-2026");
        page.navigate(url("/assessment/annual?unitId=" + unit + "&year=2026"));
        if (page.locator("#annual-start").count() > 0) {
            page.click("#annual-start");
        }
        assertThat(page.locator("#annual-board")).isVisible();
        assertThat(page.locator("#members")).containsText("月度实绩");
        page.waitForLoadState(LoadState.LOAD);
        int rows = page.locator("#members tbody tr").count();
        for (int i = 0; i < Math.min(8, rows); i++) {
            Locator form = page.locator("#members tbody tr").nth(i).locator("form[action$='/grade']");
            form.locator("select[name=grade]").selectOption("EXCELLENT");
            form.locator("input[name=reason]").fill("实绩突出");
            page.waitForNavigation(() -> form.locator("button").click());
            page.waitForLoadState(LoadState.LOAD);
        }
        assertThat(page.locator("#members tbody tr").nth(Math.min(8, rows) - 1)).containsText("实绩突出");
        assertThat(page.locator("#quota")).hasClass(java.util.regex.Pattern.compile("text-danger"));
        assertThat(page.locator("#checks .violation").first()).containsText("优秀等次比例");
        screenshot(page, "annual-board");
        page.click("#btn-propose");
        assertThat(page.locator("#action-error")).containsText("[003]");
        screenshot(page, "annual-board-refused");
    }
}
