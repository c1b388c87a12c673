package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Focus stays put: for each control whose press re-renders a panel (or what follows it), the same element has
 * focus afterwards — not a copy, not the page; a control that becomes disabled hands focus to its neighbour.
 * "The same element" is checked with a mark set on the DOM node before the press.
 */
class FocusTest extends BrowserTest {
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    private void open(String query) {
        page = openPlayground(query, 1280, 900, null);
    }

    /** Marks the focused node, so a later check can tell it from a rebuilt copy. */
    private void mark() {
        page.evaluate("document.activeElement.__marked = true");
    }

    private void assertSameFocus(String what) {
        Browsers.waitUntil(page, "document.body.dataset.ready === 'true'");
        assertEquals(true, page.evaluate("document.activeElement.__marked === true"), what + " keeps focus; it is on "
                + page.evaluate("document.activeElement.outerHTML.slice(0, 120)"));
    }

    /** Focuses {@code selector}, marks it, runs the keyboard action, waits for the address to say so. */
    private void pressKeeps(String selector, String key, String inAddress) {
        page.focus(selector);
        mark();
        page.keyboard().press(key);
        page.waitForURL(url -> url.contains(inAddress));
        assertSameFocus(selector);
    }

    private void selectKeeps(String selector, String value, String inAddress) {
        page.focus(selector);
        mark();
        page.selectOption(selector, value);
        page.waitForURL(url -> url.contains(inAddress));
        assertSameFocus(selector);
    }

    @Test
    void theTrainingControlsThatRebuildTheirParametersKeepFocus() {
        open("?v=1&data=xor&lr=0.03&batch=32&epochs=20");
        Browsers.tab(page, "training");
        selectKeeps("[data-compound=opt] [data-part=id]", "sgd", "opt=sgd");
        selectKeeps("[data-compound=decay] [data-part=id]", "step", "decay=step");
        pressKeeps("[data-compound=es] [data-part=on]", "Space", "es=");
        pressKeeps("[data-slider=lr]", "ArrowRight", "lr=0.1");
        pressKeeps("[data-slider=batch]", "ArrowLeft", "batch=16");
    }

    @Test
    void theDataControlsKeepFocusThoughTheProfileTargetAndNetworkAreRedrawn() {
        open("?v=1&data=circle&epochs=20");
        Browsers.tab(page, "data");
        page.waitForSelector("#profile select[data-column=x1]");
        selectKeeps("#profile select[data-column=x1]", "standard", "tf=x1:standard");
        selectKeeps("#dataset", "iris", "data=iris");
        page.waitForSelector("#target option[value=species]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        selectKeeps("#target", "petal_width", "target=petal_width");
    }

    @Test
    void aPresetAndTheNetworksPlusKeepFocus() {
        open("?v=1&data=xor&layers=dense:4:tanh&epochs=20");
        pressKeeps("[aria-label='Add a neuron to hidden layer 1']", "Enter", "dense:5:tanh");
        pressKeeps("#add-layer", "Enter", "dense:5:tanh,dense:5:tanh");
        pressKeeps("[data-preset*=spiral]", "Enter", "data=spiral");
    }

    @Test
    void aButtonThatBecomesDisabledHandsFocusToItsNeighbour() {
        open("?v=1&data=xor&layers=dense:2:tanh&epochs=20");
        page.focus("[aria-label='Remove a neuron from hidden layer 1']");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("dense:1:tanh"));
        Browsers.waitUntil(page, "document.activeElement.getAttribute('aria-label') === 'Add a neuron to hidden layer 1'");
        page.focus("#remove-layer");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("layers=&") || url.endsWith("layers="));
        Browsers.waitUntil(page, "document.activeElement.id === 'add-layer'");
    }

    @Test
    void aRunningGridMovesFocusFromRunToCancelAndItsRowsKeepFocusAsResultsArriveAndSort() {
        open("?v=1&data=xor&epochs=30");
        Browsers.tab(page, "tune");
        page.fill("#grid", "lr=0.3,0.1,0.03,0.01,0.003,0.001");
        page.dispatchEvent("#grid", "input");
        page.focus("#run-grid");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.activeElement.id === 'cancel-grid'"); // Run is disabled: Cancel is next to it
        page.waitForSelector("#grid-results tbody tr");
        page.focus("#grid-results tbody tr");
        mark();
        Browsers.waitUntil(page, "document.querySelectorAll('#grid-results tbody tr').length === 6");
        Browsers.waitUntil(page, "!document.querySelector('#run-grid').disabled");
        assertSameFocus("a result row, as five more rows arrive");
        for (String column : List.of("lr", "val_accuracy")) {
            page.focus("#grid-results th[data-column=" + column + "] button");
            mark();
            String before = page.textContent("#grid-results tbody");
            page.keyboard().press("Enter");
            Browsers.waitUntil(page, "document.querySelector('#grid-results th[data-column=" + column + "]').hasAttribute('aria-sort')");
            assertSameFocus("the " + column + " heading");
            assertTrue(!before.equals(page.textContent("#grid-results tbody")) || column.equals("val_accuracy"), "sorting by lr reorders");
        }
        String row03 = "[...document.querySelectorAll('#grid-results tbody tr')].find(r => r.cells[0].textContent === '0.3')";
        page.evaluate(row03 + ".__marked = true");
        page.focus("#grid-results th[data-column=lr] button");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter"); // two more sorts
        page.evaluate(row03 + ".focus()");
        assertEquals(true, page.evaluate("document.activeElement.__marked === true"), "rows are moved, not made again");
    }

    /**
     * What lacks a visible focus ring where focus is now: "" if it has one (an outline of 2 px or more in a colour,
     * or for the network's SVG shapes a stroke of 3 px or more), else the element's start.
     */
    private static final String NO_RING = "(() => { const e = document.activeElement; const s = getComputedStyle(e);"
            + " const shown = c => c !== 'none' && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)';"
            + " const ok = e instanceof SVGElement ? shown(s.stroke) && parseFloat(s.strokeWidth) >= 3"
            + "   : s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && shown(s.outlineColor);"
            + " return ok ? '' : e.outerHTML.slice(0, 100); })()";

    /** Tabs through the whole page once (until focus comes back round), returning what showed no ring. */
    private List<String> walk() {
        List<String> missing = new java.util.ArrayList<>();
        page.evaluate("document.activeElement && document.activeElement.blur()");
        int stops = 0;
        for (int i = 0; i < 400; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("document.activeElement.tagName === 'IFRAME'")) {
                continue; // inside an embedded frame, whose own page is walked by itself
            }
            if ((Boolean) page.evaluate("document.activeElement === document.body || document.activeElement.__walked === true")) {
                if (stops > 0) {
                    break;
                }
                continue;
            }
            page.evaluate("document.activeElement.__walked = true");
            stops++;
            String no = (String) page.evaluate(NO_RING);
            if (!no.isEmpty()) {
                missing.add(no);
            }
        }
        assertTrue(stops > 0, "the walk reached no stop");
        page.evaluate("document.querySelectorAll('*').forEach(e => delete e.__walked)");
        return missing;
    }

    @Test
    void everythingTheKeyboardReachesOnThePlaygroundShowsAFocusRingWithEachTabOpen() {
        open("?v=1&data=xor&layers=dense:3:tanh&epochs=3");
        trainToEnd(page);
        for (String tab : List.of("data", "model", "training", "results", "tune", "share")) {
            Browsers.tab(page, tab);
            assertEquals(List.of(), walk(), "with the " + tab + " tab open");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/learn/neuron", "/learn/network", "/learn/init", "/learn/lr", "/learn/optimizers",
            "/learn/activations", "/learn/losses", "/learn/regularization", "/learn/matrix", "/learn/batch", "/learn/residual",
            "/learn/imbalance", "/embed?v=1&data=xor&epochs=2",
            "/embed/learn/optimizers", "/check.html"}) // /bench.html has nothing to focus
    void everythingTheKeyboardReachesShowsAFocusRing(String path) {
        page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1280, 900));
        watch(page);
        page.navigate(base() + path);
        String ready = path.startsWith("/check") ? "body[data-done=true]" : "body[data-ready=true]";
        page.waitForSelector(ready, new Page.WaitForSelectorOptions().setTimeout(120_000));
        assertEquals(List.of(), walk(), path);
    }
}
