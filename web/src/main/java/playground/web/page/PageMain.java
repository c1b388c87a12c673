package playground.web.page;

import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import playground.web.bench.BenchPage;
import playground.web.check.CheckPage;
import playground.web.embed.EmbedPage;
import playground.web.learn.LearnPage;
import playground.web.dom.Dom;

/**
 * The page build's entry point (TeaVM's JavaScript target): the body's {@code data-page} names the page class to
 * start. {@code static/js/start.js} calls {@link #main} once the script has loaded.
 */
public final class PageMain {
    private PageMain() {
    }

    public static void main(String[] args) {
        String page = Dom.document().getBody().getAttribute("data-page");
        if ("check".equals(page)) {
            new CheckPage().start();
        } else if ("bench".equals(page)) {
            new BenchPage().start();
        } else if ("embed".equals(page)) {
            new EmbedPage().start();
        } else if ("playground".equals(page)) {
            new playground.web.playground.PlaygroundPage().start();
        } else if ("learn".equals(page)) {
            new LearnPage().start();
        } else {
            throw new IllegalStateException("no page class for data-page=\"" + page + "\"");
        }
    }

    /** The check page's golden-run replay, a global function for the end-to-end test. */
    @JSExport
    public static JSPromise<JSString> goldenRecord(String runtime, String query, String csvUrl) {
        return CheckPage.goldenRecord(runtime, query, csvUrl);
    }
}
