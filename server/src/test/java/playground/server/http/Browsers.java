package playground.server.http;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for end-to-end tests. Debian's /usr/bin/chromium when it exists (CI installs it; nothing is
 * downloaded at run time), otherwise Playwright's own browser, so the tests also run on an ordinary laptop.
 */
public final class Browsers {
    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    private Browsers() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /**
     * Waits until a JavaScript expression is true in the page. Playwright's waitForFunction compiles its argument
     * with eval, which the site's Content-Security-Policy forbids (rightly); evaluate() goes through the DevTools
     * protocol instead, so poll with it.
     */
    /** Opens one of the playground's tabs below the workspace ("data", "model", "training", "results", "tune", "share"). */
    public static void tab(com.microsoft.playwright.Page page, String name) {
        if (page.isVisible("#panel-" + name)) {
            return; // open already (a tab, or a phone's section)
        }
        page.click("#tab-" + name);
        page.waitForSelector("#panel-" + name + ":not([hidden])");
    }

    public static void waitUntil(com.microsoft.playwright.Page page, String expression) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate("!!(" + expression + ")"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still false after 60 s: " + expression);
            }
            page.waitForTimeout(50);
        }
    }

    public static Browser chromium(Playwright pw) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        return pw.chromium().launch(options);
    }
}
