package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.charts.Bars;
import playground.web.dom.Dom;
import playground.web.page.Format;

/**
 * A table's profile: a card per column (type, missing cells, range or categories, tiny bars, and the transform the
 * spec gives it) and the first rows. Every name and cell is text, never markup.
 */
final class ProfileView {
    interface Choose {
        void transform(String column, String transform);
    }

    private ProfileView() {
    }

    @SuppressWarnings("unchecked")
    static void render(HTMLElement box, Map<String, Object> profile, List<Map<String, Object>> transforms, Choose choose) {
        box.setTextContent("");
        boolean compact = choose == null; // the Data pane's glance: the cards alone
        HTMLElement cards = Dom.el("div", "class", "columns");
        List<Map<String, Object>> columns = (List<Map<String, Object>>) profile.get("columns");
        for (Map<String, Object> c : columns) {
            String name = (String) c.get("name");
            HTMLElement card = Dom.el("div", "class", "column");
            Object missing = c.get("missing");
            boolean some = missing instanceof Double && (Double) missing > 0;
            card.appendChild(Dom.el("strong", "text", name));
            card.appendChild(Dom.el("span", "class", "note", "text", " " + c.get("type")
                    + (some ? ", " + Format.number((Double) missing) + " missing" : "")));
            if (!compact) {
                HTMLElement select = Dom.el("select", "data-column", name, "aria-label", "Transform of " + name);
                select.appendChild(Dom.el("option", "value", "auto", "text", "auto"));
                for (Map<String, Object> t : transforms) {
                    select.appendChild(Dom.el("option", "value", (String) t.get("id"), "text", (String) t.get("id"),
                            "title", (String) t.get("label")));
                }
                select.addEventListener("change", e -> choose.transform(name, Dom.value(select)));
                card.appendChild(Dom.with(Dom.el("div"), select));
            }
            if ("number".equals(c.get("type")) && c.get("histogram") instanceof List) {
                card.appendChild(Dom.el("div", "class", "note", "text", Format.number((Double) c.get("min")) + " … "
                        + Format.number((Double) c.get("max")) + ", mean " + Format.number((Double) c.get("mean"))));
                card.appendChild(Bars.of((List<Double>) c.get("histogram"), name + " histogram"));
            } else if (c.get("categories") instanceof List) {
                List<Map<String, Object>> cats = (List<Map<String, Object>>) c.get("categories");
                StringBuilder sb = new StringBuilder(Format.number((Double) c.get("distinct")) + " values: ");
                List<Double> counts = new ArrayList<>();
                for (int i = 0; i < cats.size(); i++) {
                    if (i < 4) {
                        sb.append(i == 0 ? "" : ", ").append(cats.get(i).get("value")).append(' ')
                                .append(Format.number((Double) cats.get(i).get("count")));
                    }
                    counts.add((Double) cats.get(i).get("count"));
                }
                card.appendChild(Dom.el("div", "class", "note", "text", sb.toString()));
                card.appendChild(Bars.of(counts, name + " counts"));
            }
            cards.appendChild(card);
        }
        if (compact) {
            box.appendChild(cards);
            return;
        }
        HTMLElement head = Dom.el("tr");
        for (Map<String, Object> c : columns) {
            head.appendChild(Dom.el("th", "scope", "col", "text", (String) c.get("name")));
        }
        HTMLElement table = Dom.el("table", "class", "head");
        table.appendChild(Dom.el("caption", "text", "First rows of " + Format.number((Double) profile.get("rows"))));
        table.appendChild(Dom.with(Dom.el("thead"), head));
        HTMLElement body = Dom.el("tbody");
        for (List<Object> row : (List<List<Object>>) profile.get("head")) {
            HTMLElement tr = Dom.el("tr");
            for (Object v : row) {
                tr.appendChild(Dom.el("td", "text", cell(String.valueOf(v))));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        box.appendChild(cards);
        // a scroll region a keyboard can reach and a screen reader can name
        box.appendChild(Dom.with(Dom.el("div", "class", "scroll", "tabindex", "0", "role", "region", "aria-label",
                "First rows of the table"), table));
    }

    /** A long decimal cut to 5 significant digits for the table ("0.123456789" → "0.12346"); other text as it is. */
    static String cell(String v) {
        int dot = v.indexOf('.');
        if (dot < 0 || v.length() - dot - 1 < 5) {
            return v;
        }
        for (int i = v.startsWith("-") ? 1 : 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (i != dot && (ch < '0' || ch > '9')) {
                return v;
            }
        }
        try {
            return playground.engine.text.Numbers.format(Double.parseDouble(Format.precision(Double.parseDouble(v), 5)));
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
