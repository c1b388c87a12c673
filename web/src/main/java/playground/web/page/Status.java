package playground.web.page;

import playground.web.dom.Dom;

/** The page's one-line status: an ARIA live region ({@code #status}) that says what is happening. */
public final class Status {
    private Status() {
    }

    public static void show(String text) {
        Dom.text("#status", text);
    }
}
