package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A finger on a phone-sized touch screen: every drag works as it does with a mouse (the browser must not take it
 * for a scroll and cancel it), and a tap does what a click or a hover would. The touches are real touch events
 * (Chromium's Input.dispatchTouchEvent), so the page's own gesture handling decides, as on a phone.
 */
class TouchTest extends BrowserTest {
    private BrowserContext context;
    private Page page;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    private Page open(String path) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 740).setHasTouch(true));
        page = watch(context.newPage());
        page.navigate(base() + path);
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        return page;
    }

    private static JsonObject touch(String type, double x, double y) {
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        JsonArray points = new JsonArray();
        if (!type.equals("touchEnd")) {
            JsonObject p = new JsonObject();
            p.addProperty("x", x);
            p.addProperty("y", y);
            points.add(p);
        }
        event.add("touchPoints", points);
        return event;
    }

    /** A finger put down at (fx, fy) of the element's box, slid to (tx, ty) in steps, and lifted. */
    private void swipe(String selector, double fx, double fy, double tx, double ty) {
        page.locator(selector).scrollIntoViewIfNeeded();
        BoundingBox b = page.locator(selector).boundingBox();
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Input.dispatchTouchEvent", touch("touchStart", b.x + fx * b.width, b.y + fy * b.height));
        for (int i = 1; i <= 8; i++) {
            double t = i / 8.0;
            cdp.send("Input.dispatchTouchEvent", touch("touchMove", b.x + (fx + (tx - fx) * t) * b.width,
                    b.y + (fy + (ty - fy) * t) * b.height));
        }
        cdp.send("Input.dispatchTouchEvent", touch("touchEnd", 0, 0));
        cdp.detach();
    }

    private double param(String key) {
        return Double.parseDouble((String) page.evaluate("k => new URLSearchParams(location.search).get(k)", key));
    }

    @Test
    void aFingerDragsTheOptimizersStartAcrossTheMapWithoutScrollingThePage() {
        open("/learn/optimizers");
        page.locator("#contour").scrollIntoViewIfNeeded();
        double scrolled = ((Number) page.evaluate("scrollY")).doubleValue();
        swipe("#contour", 0.25, 0.75, 0.8, 0.2);
        Browsers.waitUntil(page, "Number(new URLSearchParams(location.search).get('x0')) > 1");
        assertTrue(param("y0") > 1, "the start is where the finger ended, top right: y0 " + param("y0"));
        assertEquals(scrolled, ((Number) page.evaluate("scrollY")).doubleValue(), 1.0,
                "the drag did not scroll the page");
        assertEquals("none", page.evaluate("getComputedStyle(document.querySelector('#contour')).touchAction"));
    }

    @Test
    void aFingerDragsTheLossViewsOutlierUpToTheTopOfItsRange() {
        open("/learn/losses?outlier=0");
        swipe("canvas.plot >> nth=3", 0.5, 0.6, 0.5, 0.02); // the fit, after the losses, their derivatives and cross-entropy
        Browsers.waitUntil(page, "Number(new URLSearchParams(location.search).get('outlier')) >= 10");
    }

    @Test
    void aTapOrASwipeOnASliderSetsItATapOpensASectionAndShowsAControlsHelp() {
        open("/?v=1&data=xor&lr=0.03");
        page.locator("#tab-training").scrollIntoViewIfNeeded();
        page.locator("#tab-training").tap();
        page.waitForSelector("#panel-training:not([hidden])");
        page.locator("[data-slider=lr]").scrollIntoViewIfNeeded();
        BoundingBox b = page.locator("[data-slider=lr]").boundingBox();
        page.touchscreen().tap(b.x + b.width - 2, b.y + b.height / 2);
        Browsers.waitUntil(page, "Number(new URLSearchParams(location.search).get('lr')) >= 1"); // the last stop, 10
        page.locator("[data-key=epochs]").tap();
        page.waitForSelector("#hint:not([hidden])");
        assertTrue(page.textContent("#hint").contains("epochs"), "a tap shows what a hover's tooltip would: " + page.textContent("#hint"));
        swipe("[data-slider=batch]", 0.95, 0.5, 0.05, 0.5);
        Browsers.waitUntil(page, "new URLSearchParams(location.search).get('batch') === '1'"); // a finger slid it to the first stop
    }
}
