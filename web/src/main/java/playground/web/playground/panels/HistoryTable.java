package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.page.Format;

/**
 * The loss chart's numbers as a table, a row per epoch: what a screen reader reads in place of the chart, and
 * what a reader copies. Rows are appended as epochs arrive; the table is rebuilt only when the run starts over.
 */
final class HistoryTable {
    private final HTMLElement table;
    private List<String> columns = List.of();
    private int rows;

    HistoryTable(HTMLElement table) {
        this.table = table;
    }

    void show(List<Map<String, Object>> history) {
        List<String> keys = history.isEmpty() ? List.of() : new ArrayList<>(history.get(0).keySet());
        if (history.size() < rows || !keys.equals(columns)) {
            table.setTextContent("");
            table.appendChild(Dom.el("caption", "text", "Training log: a row per epoch"));
            HTMLElement head = Dom.el("tr");
            for (String k : keys) {
                head.appendChild(Dom.el("th", "scope", "col", "text", k));
            }
            table.appendChild(Dom.with(Dom.el("thead"), head));
            table.appendChild(Dom.el("tbody"));
            columns = keys;
            rows = 0;
        }
        HTMLElement body = table.querySelector("tbody");
        for (; rows < history.size(); rows++) {
            HTMLElement tr = Dom.el("tr");
            for (String k : columns) {
                Object v = history.get(rows).get(k);
                tr.appendChild(Dom.el("td", "class", "num", "text", v instanceof Double
                        ? (k.equals("epoch") ? Format.number((Double) v) : playground.engine.text.Json.number((Double) v)) : ""));
            }
            body.appendChild(tr);
        }
    }
}
