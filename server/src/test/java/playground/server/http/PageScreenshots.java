package playground.server.http;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Screenshots to look at before calling a page done: the playground trained (desktop 1366 × 768 and phone 375 × 812,
 * the first screen and the whole page), into server/target/screenshots/review/. Not part of the test suite (tag
 * "bench"): {@code mvn -q -pl server -am test -Dtest=PageScreenshots -Dbench.excluded=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class PageScreenshots {
    private static final Path DIR = Paths.get("target", "screenshots", "review");

    @Test
    void takeThem() {
        PlaygroundServer server = TestServer.start();
        try (Playwright pw = Browsers.playwright(); Browser browser = Browsers.chromium(pw)) {
            for (int[] size : new int[][] {{1366, 768}, {375, 812}}) {
                Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(size[0], size[1]));
                page.navigate("http://127.0.0.1:" + server.port() + "/"); // the first screen: TensorFlow Playground's start
                page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
                page.click("#play");
                page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(120_000));
                page.waitForSelector("#network-figure:not([hidden])");
                String name = "playground-" + size[0];
                page.screenshot(new Page.ScreenshotOptions().setPath(DIR.resolve(name + "-first-screen.png")));
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(DIR.resolve(name + "-full.png")));
                page.locator(".workspace").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(DIR.resolve(name + "-workspace.png")));
                for (String tab : new String[] {"data", "model", "training", "results", "tune", "share"}) {
                    Browsers.tab(page, tab);
                    page.locator("#panel-" + tab).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(DIR.resolve(name + "-tab-" + tab + ".png")));
                }
                // a small Hyperband on the Tune panel: its options, the trials' chart and table
                Browsers.tab(page, "tune");
                page.selectOption("#search-kind", "hyperband");
                page.fill("#grid", "lr=0.003..0.3:log;opt=sgd,adam");
                page.fill("#search-max-epochs", "9");
                page.click("#run-grid");
                page.waitForSelector("body[data-grid-done='23']", new Page.WaitForSelectorOptions().setTimeout(120_000));
                page.locator("#panel-tune").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(DIR.resolve(name + "-tab-tune-hyperband.png")));
                page.selectOption("#search-kind", "grid");
                // focus as a keyboard user sees it: a link of the network, then a control with its help line
                page.focus("#network-overlay [tabindex='0']");
                page.keyboard().press("ArrowRight");
                page.keyboard().press("ArrowDown");
                page.locator(".network-pane").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(DIR.resolve(name + "-focus-link.png")));
                Browsers.tab(page, "training");
                page.focus("[data-key=lr]");
                page.keyboard().press("Shift+Tab");
                page.keyboard().press("Tab");
                page.locator("#panel-training").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(DIR.resolve(name + "-focus-hint.png")));
                // an old link: its notice, and version 1's formulas on the controls
                page.navigate("http://127.0.0.1:" + server.port() + "/?v=1&data=xor&opt=momentum&layers=dense:4:leaky_relu:he_normal");
                page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
                page.screenshot(new Page.ScreenshotOptions().setPath(DIR.resolve(name + "-version1-link.png")));
                Browsers.tab(page, "training");
                page.locator("#panel-training").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(DIR.resolve(name + "-version1-training.png")));
                // a TensorFlow.js model without the playground's metadata, imported on the Layers tab
                page.navigate("http://127.0.0.1:" + server.port() + "/?v=2&data=xor");
                page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
                Browsers.tab(page, "model");
                playground.engine.spec.ModelSpec model = new playground.engine.spec.ModelSpec(2,
                        playground.engine.spec.LayerSpec.parseList("dense:6:relu,dense:4:tanh,dense:2:softmax"));
                playground.engine.experiment.TfjsModel.Files files = playground.engine.experiment.TfjsModel.write(
                        new playground.engine.experiment.ModelFile(model, "cce", model.build(2)), null);
                page.setInputFiles("#model-file", new com.microsoft.playwright.options.FilePayload[] {
                    new com.microsoft.playwright.options.FilePayload("model.json", "application/json",
                            files.modelJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new com.microsoft.playwright.options.FilePayload("group1-shard1of1.bin", "application/octet-stream", files.weights())});
                page.waitForSelector("#start-text:has-text('imported model')", new Page.WaitForSelectorOptions().setTimeout(30_000));
                page.screenshot(new Page.ScreenshotOptions().setPath(DIR.resolve(name + "-model-import.png")));
                page.locator("#panel-model").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(DIR.resolve(name + "-model-import-tab.png")));
                page.navigate("http://127.0.0.1:" + server.port() + "/learn/network?stage=update");
                page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(DIR.resolve(name + "-learn-network.png")));
                page.navigate("http://127.0.0.1:" + server.port() + "/learn/optimizers");
                page.waitForSelector("#race-table table", new Page.WaitForSelectorOptions().setTimeout(60_000));
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(DIR.resolve(name + "-learn-optimizers.png")));
                page.close();
            }
        } finally {
            server.stop();
        }
    }
}
