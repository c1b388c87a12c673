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

    /** Every element a CSS selector finds, in document order. */
    public static java.util.List<HTMLElement> all(String selector) {
        org.teavm.jso.dom.xml.NodeList<? extends HTMLElement> list = document().querySelectorAll(selector);
        java.util.List<HTMLElement> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.get(i));
        }
        return out;
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

    /** An element with attributes given as name, value, name, value… ("text" sets its text). */
    public static HTMLElement el(String tag, String... attributes) {
        HTMLElement e = document().createElement(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i].equals("text")) {
                e.setTextContent(attributes[i + 1]);
            } else {
                e.setAttribute(attributes[i], attributes[i + 1]);
            }
        }
        return e;
    }

    /** {@code parent} with {@code children} appended. */
    public static HTMLElement with(HTMLElement parent, org.teavm.jso.dom.xml.Node... children) {
        for (org.teavm.jso.dom.xml.Node c : children) {
            parent.appendChild(c);
        }
        return parent;
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

    /** Whether the select {@code s} has an option whose value is {@code v}. */
    @org.teavm.jso.JSBody(params = {"s", "v"}, script = "return [].some.call(s.options, function($o) { return $o.value === v; });")
    public static native boolean hasOption(HTMLElement s, String v);

    /** Whether {@code e} has the keyboard focus. */
    @org.teavm.jso.JSBody(params = "e", script = "return document.activeElement === e;")
    public static native boolean hasFocus(HTMLElement e);

    /** The aria-label of the focused element if it is inside {@code box}, else null. */
    @org.teavm.jso.JSBody(params = "box", script = "var $f = document.activeElement;"
            + " return $f && box.contains($f) ? $f.getAttribute('aria-label') : null;")
    public static native String focusedLabel(HTMLElement box);

    /**
     * Focuses the control labelled {@code label} inside {@code box}; failing that (its layer went), the first one of
     * the same kind ("Remove layer …", "Move layer … up"), else the box's first control.
     */
    @org.teavm.jso.JSBody(params = {"box", "label"}, script = "var $all = [].slice.call(box.querySelectorAll('[aria-label]'));"
            + " var $same = $all.filter(function($e) { return $e.getAttribute('aria-label') === label && !$e.disabled; })[0];"
            + " var $kind = label.replace(/\\d+/, '');"
            + " var $like = $all.filter(function($e) { return $e.getAttribute('aria-label').replace(/\\d+/, '') === $kind && !$e.disabled; });"
            + " var $to = $same || $like[$like.length - 1] || $all[0]; if ($to) $to.focus();")
    public static native void refocus(HTMLElement box, String label);

    /** The nearest ancestor (or the element itself) a selector matches, or null. */
    @org.teavm.jso.JSBody(params = {"e", "selector"}, script = "return e.closest(selector);")
    public static native HTMLElement closest(HTMLElement e, String selector);

    /**
     * Enables or disables a control. A focused control that is disabled would drop focus to the page (~20 Tabs
     * back): once the render is over (a microtask later, when its neighbours have their new states) focus moves to
     * the nearest enabled control after it in its group, else before it, widening the group until one is found.
     */
    @org.teavm.jso.JSBody(params = {"e", "off"}, script = "var $had = off && document.activeElement === e; e.disabled = off;"
            + " if (!$had) return;"
            + " queueMicrotask(function() {"
            + "  var $now = document.activeElement;"
            + "  if ($now && $now !== document.body && $now !== e) return;" // Chromium drops it later, at a rendering update
            + "  for (var $box = e.parentElement; $box; $box = $box.parentElement) {"
            + "   var $all = [].slice.call($box.querySelectorAll('button, input, select, textarea, a[href], [tabindex=\"0\"]'))"
            + "    .filter(function($c) { return $c !== e && !$c.disabled && $c.getClientRects().length > 0; });"
            + "   var $after = $all.filter(function($c) { return e.compareDocumentPosition($c) & 4; });"
            + "   var $to = $after[0] || $all[$all.length - 1];"
            + "   if ($to) { $to.focus(); return; }"
            + "  } });")
    public static native void setDisabled(HTMLElement e, boolean off);

    /**
     * A button the user just pressed and that will be back in a moment (Save, Train in an embed): marked busy with
     * aria-disabled rather than disabled, so it keeps focus; its handler ignores presses while {@link #busy}.
     */
    @org.teavm.jso.JSBody(params = {"e", "on"}, script = "if (on) e.setAttribute('aria-disabled', 'true'); else e.removeAttribute('aria-disabled');")
    public static native void setBusy(HTMLElement e, boolean on);

    @org.teavm.jso.JSBody(params = "e", script = "return e.getAttribute('aria-disabled') === 'true';")
    public static native boolean busy(HTMLElement e);

    /** One inline style property, through the CSSOM (a style attribute would break the pages' CSP). */
    @org.teavm.jso.JSBody(params = {"e", "name", "value"}, script = "e.style.setProperty(name, value);")
    public static native void style(HTMLElement e, String name, String value);
}
