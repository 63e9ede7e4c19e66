package cn.zhishi.bulkload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The organisation admin starts a load of an inbox directory and watches it finish, with the rejects to download. */
@IntegrationTest
class CityLoadBrowserTest extends BrowserTestBase {

    @Test
    void anAdminLoadsADirectoryOfTheInboxAndSeesTheCountsAndTheRejectsLink() throws Exception {
        Path dir = Path.of("target/test-data/inbox/city-" + System.nanoTime());
        Files.createDirectories(dir);
        CityLoaderIntegrationTest.HandMade.write(dir);

        Page page = signIn("admin", "Admin-Test-2026");
        page.getByText("数据迁移").first().click();
        page.selectOption("#directory", dir.getFileName().toString());
        page.click("form[action$='/admin/city-load'] button[type=submit]");
        assertThat(page.locator("#progress")).containsText("载入完成", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(300_000));
        assertThat(page.locator("#progress tbody tr").first()).containsText("units.csv");
        Locator download = page.locator("a[href$='/admin/city-load/rejects.csv']");
        assertThat(download).isVisible();
        screenshot(page, "city-load");
    }
}
