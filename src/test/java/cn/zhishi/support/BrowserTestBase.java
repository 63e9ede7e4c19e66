package cn.zhishi.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test needs: Debian's Chromium started once per class (see {@link BrowserSupport}
 * for when a missing browser fails or skips), the app's address, fresh signed-in or anonymous pages,
 * screenshots under target/screenshots. Subclasses are annotated {@link IntegrationTest}.
 */
public abstract class BrowserTestBase {

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A page in a new browser context (its own cookies), Chinese locale, desktop size. */
    protected Page anonymous() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900)).newPage();
    }

    /** A page in a new context, signed in through the login form and landed on the home page. */
    protected Page signIn(String username, String password) {
        Page page = anonymous();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
