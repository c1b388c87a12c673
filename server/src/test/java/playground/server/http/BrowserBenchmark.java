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
            System.out.println("BENCH " + playground(browser, server.port()));
        } finally {
            server.stop();
        }
    }

    /**
     * The playground's first load (navigation to ready, seconds) and the longest task on its page thread while it
     * trains 40 epochs of the circle set (ms, from the Long Tasks API), on each build: reported here, not asserted
     * by a test, since a timing on a shared machine is a measurement, not a property.
     */
    /** The page thread's long tasks, recorded from the start by the benchmark (the page has no globals for it). */
    private static final String LONG_TASKS = "window.__longTasks = []; try { new PerformanceObserver(l => { for (const e of"
            + " l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })"
            + ".observe({ type: 'longtask', buffered: true }); } catch (e) {}";

    private static String playground(Browser browser, int port) {
        StringBuilder sb = new StringBuilder("{\"playground\":[");
        for (String runtime : new String[] {"wasm", "js"}) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.addInitScript(LONG_TASKS);
            long start = System.nanoTime();
            page.navigate("http://127.0.0.1:" + port + "/?v=1&data=circle&epochs=40&runtime=" + runtime);
            page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
            double ready = (System.nanoTime() - start) / 1e9;
            page.evaluate("window.__longTasks.length = 0");
            page.click("#play");
            page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(120_000));
            double longest = ((Number) page.evaluate("Math.max(0, ...window.__longTasks.map(t => t.duration))")).doubleValue();
            sb.append(runtime.equals("wasm") ? "" : ",").append("{\"runtime\":\"").append(runtime)
                    .append("\",\"readySeconds\":").append(Math.round(ready * 100) / 100.0)
                    .append(",\"longestTaskMs\":").append(Math.round(longest)).append('}');
            page.close();
        }
        return sb.append("]}").toString();
    }
}
