package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TensorFlow Playground's input features and a weight regularizer, on the workspace. */
class PlaygroundFeaturesTest extends BrowserTest {
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    private int checkedFeatures() {
        return ((Number) page.evaluate("document.querySelectorAll('#network-overlay .feature[aria-checked=true]').length")).intValue();
    }

    @Test
    void aFeatureToggledOnTheDiagramChangesTheInputsTheSummaryAndTheDrawing() {
        page = openPlayground("?v=1&data=circle&layers=dense:4:tanh,dense:2:tanh&epochs=2", 1280, 900, null);
        page.waitForSelector("#network-overlay .feature");
        assertEquals(7, page.locator("#network-overlay .feature").count(), "X₁, X₂, X₁², X₂², X₁X₂, sin X₁, sin X₂");
        assertEquals(2, checkedFeatures());
        assertTrue(page.textContent("#param-count").startsWith("28 parameters"), page.textContent("#param-count"));
        page.click("#network-overlay .feature[data-feature=x1sq]", new Page.ClickOptions().setForce(true));
        page.waitForURL(url -> url.contains("features=x1,x2,x1sq"));
        Browsers.waitUntil(page, "document.querySelector('#param-count').textContent.startsWith('32 parameters')");
        assertEquals(3, checkedFeatures());
        // by keyboard: to X₂² (one down) and Space turns it on; focus stays on it as the diagram is redrawn
        page.focus("#network-overlay .feature[data-feature=x1sq]");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        page.waitForURL(url -> url.contains("features=x1,x2,x1sq,x2sq"));
        Browsers.waitUntil(page, "document.activeElement.getAttribute('data-feature') === 'x2sq'"
                + " && document.activeElement.getAttribute('aria-checked') === 'true'");
        page.keyboard().press("Home"); // nothing: only the arrows move
        for (String f : new String[] {"x1", "x2", "x1sq", "x2sq"}) { // off again, all but the last one
            page.click("#network-overlay .feature[data-feature=" + f + "]", new Page.ClickOptions().setForce(true));
            if (!f.equals("x2sq")) {
                page.waitForURL(url -> !url.contains(f + ",") && !url.endsWith(f) || url.contains("features=x2sq"));
            }
        }
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.includes('At least one input feature')");
        assertEquals(1, checkedFeatures());
        assertTrue(page.url().contains("features=x2sq"), page.url());
    }

    @Test
    void aRegularizerIsChosenAndThePenaltyIsShownBesideTheLoss() {
        page = openPlayground("?v=1&data=xor&epochs=5", 1280, 900, null);
        Browsers.tab(page, "training");
        page.selectOption("[data-compound=reg] [data-part=id]", "l2");
        page.waitForURL(url -> url.contains("reg=l2"));
        trainToEnd(page);
        assertTrue(page.textContent("#penalty").startsWith("of which penalty 0."), page.textContent("#penalty"));
    }

    @Test
    void featuresInALinkToATableAreIgnoredWithAReason() {
        page = openPlayground("?v=1&data=iris&features=x1sq", 1280, 900, null);
        Browsers.waitUntil(page, "document.querySelector('#notices').textContent.includes('features=x1sq')");
        assertTrue(page.textContent("#notices").contains("not a 2-D set"), page.textContent("#notices"));
        assertEquals(0, page.locator("#network-overlay .feature").count());
    }
}
