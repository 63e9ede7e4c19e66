package cn.zhishi.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts Debian's Chromium through Playwright (no browser download). When the browser suite is
 * {@code required} (CI), a missing Chromium fails the test; otherwise it skips it.
 */
public final class BrowserSupport {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserSupport() {
    }

    public static boolean required() {
        return "required".equals(System.getProperty("zhishi.it.browser"));
    }

    public static Playwright playwright() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (required()) {
                throw new IllegalStateException("browser suite required but " + CHROMIUM + " is missing");
            }
            assumeTrue(false, "Chromium not installed; browser tests skipped (set -Dzhishi.it.browser=required to fail)");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
    }
}
