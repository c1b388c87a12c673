package playground.web.dom;

import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Finding and writing page elements: the small vocabulary the page classes share. */
public final class Dom {
    private Dom() {
    }

    public static HTMLDocument document() {
        return HTMLDocument.current();
    }

    /** The element a CSS selector finds; an error naming the selector when there is none. */
    public static HTMLElement find(String selector) {
        HTMLElement e = document().querySelector(selector);
        if (e == null) {
            throw new IllegalStateException("the page has no " + selector);
        }
        return e;
    }

    public static void text(String selector, String text) {
        find(selector).setTextContent(text);
    }

    /** A new element with its text. */
    public static HTMLElement element(String tag, String text) {
        HTMLElement e = document().createElement(tag);
        e.setTextContent(text);
        return e;
    }

    /** A {@code data-NAME} attribute of the body: what the page publishes for its tests and embedders. */
    public static void publish(String name, String value) {
        document().getBody().setAttribute("data-" + name, value);
    }

    public static void onClick(String selector, EventListener<?> listener) {
        find(selector).addEventListener("click", listener);
    }

    /** The value of an input or select. */
    @org.teavm.jso.JSBody(params = "e", script = "return e.value;")
    public static native String value(HTMLElement e);

    @org.teavm.jso.JSBody(params = {"e", "v"}, script = "e.value = v;")
    public static native void setValue(HTMLElement e, String v);

    /** One inline style property, through the CSSOM (a style attribute would break the pages' CSP). */
    @org.teavm.jso.JSBody(params = {"e", "name", "value"}, script = "e.style.setProperty(name, value);")
    public static native void style(HTMLElement e, String name, String value);
}
