package playground.server.http;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs /bench.html in headless Chromium and prints its figures. Not part of the test suite (tag "bench"):
 * {@code mvn -q -pl server -am verify -Dgroups=bench -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}
 * with {@code -Dbench.grid=1} to add the 192-run grid and {@code -Dbench.workers=N} to choose its workers.
 */
@Tag("bench")
class BrowserBenchmark {
    @Test
    void report() {
        PlaygroundServer server = TestServer.start();
        try (Playwright pw = Browsers.playwright(); Browser browser = Browsers.chromium(pw)) {
            Page page = browser.newPage();
            String query = "?grid=" + System.getProperty("bench.grid", "") + "&workers=" + System.getProperty("bench.workers", "");
            page.navigate("http://127.0.0.1:" + server.port() + "/bench.html" + query);
            page.waitForSelector("body[data-results]", new Page.WaitForSelectorOptions().setTimeout(30 * 60_000));
            System.out.println("BENCH " + page.getAttribute("body", "data-results"));
        } finally {
            server.stop();
        }
    }
}
