package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deque's axe-core on the pages: its default rules and best practices, every impact level, zero violations. */
class AccessibilityTest extends BrowserTest {
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    /** Each violation as "rule (impact): the first offending node's selector — how many nodes". */
    static List<String> violations(Page page) {
        AxeResults r = new AxeBuilder(page).analyze();
        List<String> out = new ArrayList<>();
        for (Rule v : r.getViolations()) {
            out.add(v.getId() + " (" + v.getImpact() + "): " + v.getNodes().get(0).getTarget() + " — " + v.getNodes().size()
                    + " node(s): " + v.getHelp());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 375})
    void thePlaygroundHasNoViolationsEmptyTrainedAndWithEachTabOpen(int width) {
        page = openPlayground("?v=1&data=circle&epochs=5", width, width > 500 ? 768 : 812, null);
        assertEquals(List.of(), violations(page), "empty");
        trainToEnd(page);
        assertEquals(List.of(), violations(page), "trained");
        for (String tab : List.of("data", "model", "training", "results", "tune", "share")) {
            Browsers.tab(page, tab);
            assertEquals(List.of(), violations(page), "the " + tab + " tab open");
        }
    }

    /** A watched page at {@code path}, once it says it is ready (or done, for the check page). */
    private Page at(String path, int width, String ready) {
        page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(width, width > 500 ? 768 : 812));
        watch(page);
        page.navigate(base() + path);
        page.waitForSelector(ready, new Page.WaitForSelectorOptions().setTimeout(120_000));
        return page;
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 375})
    void aTablesProfileHasNoViolations(int width) {
        page = openPlayground("?v=1&data=diabetes&epochs=2", width, 800, null);
        Browsers.tab(page, "data");
        assertEquals(List.of(), violations(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"neuron", "network", "matrix", "init", "lr", "optimizers", "batch", "activations", "losses",
        "regularization", "residual", "imbalance"})
    void everyLearnViewHasNoViolations(String view) {
        at("/learn/" + view, 1366, "body[data-ready=true]");
        assertEquals(List.of(), violations(page), view);
        shoot(view + "-1366");
        page.setViewportSize(375, 812);
        assertEquals(List.of(), violations(page), view + " at 375 px");
        shoot(view + "-375");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"batch, run-batch, batch", "residual, run-residual, residual",
        "imbalance, run-imbalance, imbalance", "regularization, run-reg, reg", "activations, run-dead, dead"})
    void everyTrainedLearnViewHasNoViolations(String view, String button, String done) {
        at("/learn/" + view + "?epochs=5&dr_epochs=3&n=200", 375, "body[data-ready=true]");
        page.click("#" + button);
        page.waitForSelector("body[data-" + done + "=done]", new com.microsoft.playwright.Page.WaitForSelectorOptions().setTimeout(120_000));
        assertEquals(List.of(), violations(page), view + " trained, at 375 px");
        assertEquals(List.of(), tablesThatOverflow(page), view + " trained");
        shoot(view + "-trained-375");
    }

    /** Every Learn view as a learner sees it, to look at (copied to docs/screenshots/learn/). */
    private void shoot(String name) {
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "learn-views", name + ".png")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/embed?v=1&data=xor&epochs=2", "/embed/learn/neuron", "/embed/learn/residual", "/embed/learn/imbalance"})
    void embedsHaveNoViolations(String path) {
        at(path, 640, "body[data-ready=true]");
        assertEquals(List.of(), violations(page), path);
    }

    @org.junit.jupiter.api.Test
    void theCheckAndBenchPagesHaveNoViolations() {
        at("/check.html", 1366, "body[data-done=true]");
        assertEquals(List.of(), violations(page), "/check.html");
        page.close();
        at("/bench.html?kernels=blocked", 1366, "body[data-results]"); // the page, not the reference runs' figures
        assertEquals(List.of(), violations(page), "/bench.html");
    }

    @org.junit.jupiter.api.Test
    void aSavedExperimentAndItsEmbedHaveNoViolations() {
        String answer = new Client(server.port()).post("/api/experiments", "{\"spec\":\"v=1&data=xor&epochs=2\",\"title\":\"xor\"}").body();
        String id = (String) ((java.util.Map<?, ?>) playground.engine.text.Json.parse(answer)).get("id");
        at("/x/" + id, 1366, "body[data-ready=true]");
        assertEquals(List.of(), violations(page), "/x/" + id);
        page.close();
        at("/embed/" + id, 640, "body[data-ready=true]");
        assertEquals(List.of(), violations(page), "/embed/" + id);
    }

    /**
     * At 375 px, every table shown either fits the screen or scrolls sideways inside a region a keyboard can reach and
     * a screen reader can name, itself no wider than the screen; the page never scrolls sideways. Each problem as
     * "what: the table's caption".
     */
    static List<String> tablesThatOverflow(Page page) {
        @SuppressWarnings("unchecked")
        List<String> out = new ArrayList<>((List<String>) page.evaluate("(() => { const w = innerWidth + 0.5; const out = [];"
                + " for (const t of document.querySelectorAll('table')) { if (!t.getClientRects().length) continue;"
                + "  const name = (t.caption ? t.caption.textContent : t.id || t.className).slice(0, 40);"
                + "  let p = t.parentElement;"
                + "  while (p && p !== document.body && !/auto|scroll/.test(getComputedStyle(p).overflowX)) p = p.parentElement;"
                + "  if (!p || p === document.body) { if (t.getBoundingClientRect().right > w) out.push('wider than the screen: ' + name); continue; }"
                + "  if (p.getBoundingClientRect().right > w) out.push('its scroll region is wider than the screen: ' + name);"
                + "  if (p.scrollWidth > p.clientWidth + 1 && !(p.tabIndex >= 0 && (p.getAttribute('aria-label') || p.getAttribute('aria-labelledby'))))"
                + "   out.push('scrolls in a region without focus or name: ' + name); }"
                + " if (document.documentElement.scrollWidth > innerWidth) out.push('the page scrolls sideways');"
                + " return out; })()"));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/learn/neuron", "/learn/network", "/learn/init", "/learn/lr", "/learn/optimizers",
            "/learn/activations", "/learn/losses", "/learn/regularization", "/learn/matrix", "/learn/batch", "/learn/residual",
            "/learn/imbalance", "/embed/learn/matrix", "/check.html"})
    void atPhoneWidthEveryLearnViewsTableFitsOrScrollsInANamedFocusableRegion(String path) {
        at(path, 375, path.startsWith("/check") ? "body[data-done=true]" : "body[data-ready=true]");
        assertEquals(List.of(), tablesThatOverflow(page), path);
    }

    @org.junit.jupiter.api.Test
    void atPhoneWidthThePlaygroundsTablesFitOrScrollInNamedFocusableRegions() {
        page = openPlayground("?v=1&data=penguins&epochs=3", 375, 812, null);
        trainToEnd(page);
        Browsers.tab(page, "tune");
        page.fill("#grid", "lr=0.1,0.01;batch=16,32");
        page.dispatchEvent("#grid", "input");
        page.click("#run-grid");
        Browsers.waitUntil(page, "document.querySelectorAll('#grid-results tbody tr').length === 4");
        for (String tab : List.of("data", "model", "training", "results", "share")) {
            Browsers.tab(page, tab); // on a phone the sections open one after another and stay open
        }
        Browsers.waitUntil(page, "document.querySelectorAll('#history tbody tr').length === 3");
        assertEquals(List.of(), tablesThatOverflow(page));
        assertTrue((Boolean) page.evaluate("document.querySelectorAll('table').length >= 5"), "profile, summary, history, grid, confusion");
    }
}
