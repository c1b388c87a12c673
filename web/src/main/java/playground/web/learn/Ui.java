package playground.web.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;
import playground.web.dom.Browser;
import playground.web.dom.Dom;

/** The Learn views' building blocks: elements, labelled controls bound to a setting, tables, panels, numbers. */
public final class Ui {
    private Ui() {
    }

    public static HTMLElement el(String tag, String... attributes) {
        return Dom.el(tag, attributes);
    }

    public static HTMLElement with(HTMLElement parent, Node... children) {
        return Dom.with(parent, children);
    }

    public static HTMLElement row(Node... children) {
        return with(el("div", "class", "row"), children);
    }

    public static HTMLElement panel(String title, Node... children) {
        HTMLElement s = with(el("section", "class", "panel"), el("h3", "text", title));
        return with(s, children);
    }

    /** A scroll box for a wide table: reachable by keyboard and named, as a scroll region must be. */
    public static HTMLElement scroll(String id, String label) {
        return el("div", "id", id, "class", "scroll", "tabindex", "0", "role", "region", "aria-label", label);
    }

    public static HTMLElement panels(Node... children) {
        return with(el("div", "class", "panels"), children);
    }

    public static HTMLElement wide(HTMLElement section) {
        section.getClassList().add("wide");
        return section;
    }

    public static HTMLElement button(String id, String text, boolean secondary) {
        return secondary ? el("button", "type", "button", "id", id, "class", "secondary", "text", text)
                : el("button", "type", "button", "id", id, "text", text);
    }

    public static HTMLElement canvas(String label, int width, int height) {
        return el("canvas", "class", "plot", "role", "img", "aria-label", label, "data-w", Integer.toString(width),
                "data-h", Integer.toString(height));
    }

    public static HTMLElement canvas(String label) {
        return canvas(label, 520, 280);
    }

    public static HTMLElement hiddenUntilRun(HTMLElement c) {
        c.setHidden(true);
        return c;
    }

    /** The width a plot canvas gets: its declared width, or less where its panel is narrower (at least 260). */
    public static int plotWidth(HTMLElement c) {
        int declared = Integer.parseInt(c.getAttribute("data-w"));
        HTMLElement parent = (HTMLElement) c.getParentNode();
        int room = parent != null && parent.getClientWidth() > 0 ? parent.getClientWidth() - 4 : declared;
        return Math.min(declared, Math.max(260, room));
    }

    public static int plotHeight(HTMLElement c) {
        return Integer.parseInt(c.getAttribute("data-h"));
    }

    /** A choice of a select: its value and its text. */
    public static String[] choice(String value, String text) {
        return new String[] {value, text};
    }

    /** A labelled select bound to one setting of the view. */
    public static HTMLElement select(String key, String label, List<String[]> choices) {
        HTMLElement input = el("select", "data-learn", key);
        for (String[] c : choices) {
            input.appendChild(el("option", "value", c[0], "text", c[1]));
        }
        input.addEventListener("change", e -> LearnPage.current().change(key, Dom.value(input)));
        return with(el("label", "text", label), input);
    }

    /** A labelled number (or text, or range) input bound to one setting; the engine checks every value. */
    public static HTMLElement input(String key, String label, String type, String min, String max, String step) {
        HTMLElement input = el("input", "type", type, "data-learn", key, "step", step == null ? "any" : step);
        if (min != null) {
            input.setAttribute("min", min);
        }
        if (max != null) {
            input.setAttribute("max", max);
        }
        input.addEventListener(type.equals("range") ? "input" : "change", e -> LearnPage.current().change(key, Dom.value(input)));
        return with(el("label", "text", label), input);
    }

    /**
     * A labelled range bound to one setting that redraws while it moves (as Distill's "Why Momentum Really Works"
     * does), its value written beside it. Values that come while the engine computes wait, and only the latest is sent,
     * so a fast drag never queues stale work.
     */
    public static HTMLElement slider(String key, String label, String min, String max, String step) {
        HTMLElement input = el("input", "type", "range", "data-learn", key, "min", min, "max", max, "step", step);
        HTMLElement shown = el("output", "aria-hidden", "true"); // a range announces its own value
        Live live = new Live(key);
        input.addEventListener("input", e -> {
            shown.setTextContent(Dom.value(input));
            live.want(Dom.value(input));
        });
        return with(el("label", "class", "slider", "text", label), input, shown);
    }

    /** One slider's latest wanted value and whether the engine is computing the one before. */
    private static final class Live {
        private final String key;
        private String wanted;
        private boolean busy;

        Live(String key) {
            this.key = key;
        }

        void want(String value) {
            wanted = value;
            send();
        }

        private void send() {
            if (busy || wanted == null) {
                return;
            }
            Map<String, String> m = new LinkedHashMap<>();
            m.put(key, wanted);
            wanted = null;
            busy = true;
            LearnPage.current().change(m, false, () -> {
                busy = false;
                send();
            });
        }
    }

    public static HTMLElement number(String key, String label) {
        return input(key, label, "number", null, null, null);
    }

    public static HTMLElement number(String key, String label, String min, String max, String step) {
        return input(key, label, "number", min, max, step);
    }

    /** A table: the first column as row headers; numbers (Double) to six significant digits. */
    public static HTMLElement table(String[] headers, List<Object[]> rows, String caption) {
        HTMLElement t = el("table", "class", "numbers");
        if (caption != null) {
            t.appendChild(el("caption", "text", caption));
        }
        HTMLElement head = el("tr");
        for (int i = 0; i < headers.length; i++) {
            head.appendChild(el("th", "scope", "col", "class", i > 0 ? "num" : "", "text", headers[i]));
        }
        t.appendChild(with(el("thead"), head));
        HTMLElement body = el("tbody");
        for (Object[] r : rows) {
            HTMLElement tr = el("tr");
            for (int i = 0; i < r.length; i++) {
                String text = r[i] instanceof Double || r[i] == null ? num(r[i] == null ? null : (Double) r[i]) : String.valueOf(r[i]);
                tr.appendChild(i > 0 ? el("td", "class", "num", "text", text) : el("th", "scope", "row", "text", text));
            }
            body.appendChild(tr);
        }
        t.appendChild(body);
        return t;
    }

    public static HTMLElement table(String[] headers, List<Object[]> rows) {
        return table(headers, rows, null);
    }

    /** Six significant digits: enough to check a hand computation. */
    public static String num(Double v) {
        if (v == null || Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) {
            return Browser.exponential(v, 3);
        }
        return Browser.jsString(Browser.roundToPrecision(v, 6));
    }

    public static String num(double v) {
        return num(Double.valueOf(v));
    }

    /** {@code digits} significant digits (a worked example's, to compare with its published figures). */
    public static String num(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) {
            return Double.isNaN(v) || Double.isInfinite(v) ? num(v) : Browser.exponential(v, digits - 1);
        }
        return Browser.jsString(Browser.roundToPrecision(v, digits));
    }

    /** Replaces the content of the element a selector finds. */
    public static void replace(String selector, HTMLElement content) {
        HTMLElement box = Dom.find(selector);
        box.setTextContent("");
        box.appendChild(content);
    }
}
