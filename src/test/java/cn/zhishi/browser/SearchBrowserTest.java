package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An organisation admin searches the demo county for 经济管理, narrows it to men, clicks a unit facet,
 * sees the count narrow with each step and opens a cadre's file from the results.
 */
@IntegrationTest
class SearchBrowserTest extends BrowserTestBase {

    private static long total(Page page) {
        Matcher m = Pattern.compile("共 (\\d+) 人").matcher(page.locator("#search-summary").textContent());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void anAdminSearchesWithAConditionAndAFacetAndOpensACadre() {
        Page page = signIn("admin", "Admin-Test-2026");
        page.getByText("智能搜索").first().click();
        page.fill("#q", "经济管理");
        page.click("#search-submit");
        assertThat(page.locator("#search-results tbody tr").first()).isVisible();
        long all = total(page);
        assertThat(all).isPositive();
        assertThat(page.locator(".zs-snippet mark").first()).hasText("经济管理");

        page.selectOption("#gender", "MALE");
        page.click("#search-submit");
        long men = total(page);
        assertThat(men).isPositive().isLessThan(all);
        assertThat(page.locator("#q")).hasValue("经济管理");

        page.locator("#search-facets ul[data-facet=unit] a").first().click();
        long inUnit = total(page);
        assertThat(inUnit).isPositive().isLessThanOrEqualTo(men);
        String facetCount = page.locator("#search-facets ul[data-facet=unit] .badge").first().textContent().trim();
        assertThat(Long.parseLong(facetCount)).isEqualTo(inUnit);
        screenshot(page, "search");

        String name = page.locator("#search-results tbody tr a").first().textContent().trim();
        page.locator("#search-results tbody tr a").first().click();
        assertThat(page.locator("#cadre-name")).hasText(name);
        screenshot(page, "search-cadre");
    }
}
