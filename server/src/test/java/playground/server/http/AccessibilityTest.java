package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    @ValueSource(strings = {"neuron", "network", "init", "lr", "optimizers", "activations", "losses", "regularization"})
    void everyLearnViewHasNoViolations(String view) {
        at("/learn/" + view, 1366, "body[data-ready=true]");
        assertEquals(List.of(), violations(page), view);
        page.setViewportSize(375, 812);
        assertEquals(List.of(), violations(page), view + " at 375 px");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/embed?v=1&data=xor&epochs=2", "/embed/learn/neuron"})
    void embedsHaveNoViolations(String path) {
        at(path, 640, "body[data-ready=true]");
        assertEquals(List.of(), violations(page), path);
    }

    @org.junit.jupiter.api.Test
    void theCheckAndBenchPagesHaveNoViolations() {
        at("/check.html", 1366, "body[data-done=true]");
        assertEquals(List.of(), violations(page), "/check.html");
        page.close();
        at("/bench.html", 1366, "body[data-results]");
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
}
