package playground.web.playground.panels;

import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.engine.text.Json;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Format;
import playground.web.playground.Action;
import playground.web.playground.GridSearch;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The Tune section: the grid, how many workers, the metric to rank by; Run / Cancel / Export; progress with an
 * ETA; and the results table, sortable by any column (the headings stay in place, so focus does) and a row loads
 * its settings.
 */
public final class TunePanel implements Store.Listener {
    private final HTMLElement grid = Dom.find("#grid");
    private final HTMLElement workers = Dom.find("#workers");
    private final HTMLElement rank = Dom.find("#rank");
    private final HTMLElement table = Dom.find("#grid-results");
    private final Store store;
    private String shownColumns = "";
    /** The row element made for each result (by identity: a search's rows are the same objects as it grows). */
    private final java.util.IdentityHashMap<Map<String, Object>, HTMLElement> shownRows = new java.util.IdentityHashMap<>();
    private double shownStarted = Double.NaN;

    private final int defaultWorkers;

    public TunePanel(Store store, int defaultWorkers) {
        this.store = store;
        this.defaultWorkers = defaultWorkers;
        Dom.setValue(workers, Integer.toString(defaultWorkers));
        for (HTMLElement c : List.of(grid, workers, rank)) {
            c.addEventListener("input", e -> options());
            c.addEventListener("change", e -> options());
        }
        options();
        Dom.onClick("#run-grid", e -> store.dispatch(new Action.RunGrid()));
        Dom.onClick("#cancel-grid", e -> store.dispatch(new Action.CancelGrid()));
        Dom.onClick("#export-grid", e -> store.dispatch(new Action.Export("grid")));
        Dom.onClick("#walkthrough-grid", e -> store.dispatch(new Action.Preset("insurance-blog-grid", true)));
    }

    private void options() {
        int n;
        try {
            n = Math.max(1, Math.min(16, Integer.parseInt(Dom.value(workers).trim())));
        } catch (NumberFormatException e) {
            n = defaultWorkers; // an empty or garbled box: as many as the machine offers
        }
        store.dispatch(new Action.TuneOptions(Dom.value(grid), Dom.value(rank), n));
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!s.gridText.equals(Dom.value(grid))) {
            Dom.setValue(grid, s.gridText);
        }
        GridSearch g = s.grid;
        if (g == before.grid && s.prepared == before.prepared) {
            return;
        }
        Dom.setDisabled(Dom.find("#run-grid"), g.running);
        Dom.setDisabled(Dom.find("#cancel-grid"), !g.running);
        Dom.setDisabled(Dom.find("#export-grid"), g.running || g.rows.isEmpty());
        if (g.total == 0) {
            return;
        }
        int done = g.rows.size();
        Dom.find("#grid-progress").setAttribute("value", Json.number((double) done / g.total));
        double ms = Browser.now() - g.started;
        String eta = done > 0 && done < g.total ? " · ETA " + Math.round(ms / 1000 / done * (g.total - done)) + " s" : "";
        Dom.text("#grid-status", done + " / " + g.total + " runs · " + GridSearch.elapsed(ms) + eta);
        chosen(g, s);
        boolean classification = s.prepared != null && s.prepared.classification;
        List<String> cols = g.columns(classification);
        if (!String.join(",", cols).equals(shownColumns)) {
            head(cols);
        }
        for (HTMLElement th : Dom.all("#grid-results thead th")) {
            String c = th.getAttribute("data-column");
            boolean sorted = c.equals(g.sortKey);
            th.querySelector("button").setTextContent(c + (sorted ? (g.descending ? " ▼" : " ▲") : ""));
            if (sorted) {
                th.setAttribute("aria-sort", g.descending ? "descending" : "ascending");
            } else {
                th.removeAttribute("aria-sort");
            }
        }
        HTMLElement body = table.querySelector("tbody");
        if (g.started != shownStarted || body.getChildNodes().getLength() > g.rows.size()) { // a new search
            body.setTextContent("");
            shownRows.clear();
            shownStarted = g.started;
        }
        // rows patched, not rebuilt: a row made once is moved to its sorted place, so a row with focus keeps it
        HTMLElement focused = null;
        int i = 0;
        for (Map<String, Object> row : g.sorted()) {
            HTMLElement tr = shownRows.get(row);
            if (tr == null) {
                tr = row(row, cols);
                shownRows.put(row, tr);
            }
            if (Browser.focused(tr)) {
                focused = tr;
            }
            org.teavm.jso.dom.xml.Node at = body.getChildNodes().item(i);
            if (at != tr) {
                body.insertBefore(tr, at);
            }
            i++;
        }
        if (focused != null && !Browser.focused(focused)) {
            Browser.focusInPlace(focused); // a sort moved it: the same row, focused again where it now is
        }
    }

    /**
     * The run chosen on validation and its test metrics, once the search is over: the test rows are reported for
     * that run only, so that nobody chooses on them.
     */
    private void chosen(GridSearch g, State s) {
        Map<String, Object> best = g.running ? null : g.chosen(s.rank);
        HTMLElement line = Dom.find("#grid-chosen");
        line.setHidden(best == null);
        if (best == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("Chosen on validation " + s.rank + ": ");
        for (String k : g.keys) {
            sb.append(k).append(' ').append(shown(GridSearch.value(best, k))).append(", ");
        }
        sb.append("epochs run ").append(shown(GridSearch.value(best, "epochs_run"))).append(". Its test rows, reported once:");
        Object test = best.get("test");
        for (String m : GridSearch.metrics(s.prepared != null && s.prepared.classification)) {
            Object v = test instanceof Map ? ((Map<?, ?>) test).get(m) : null;
            sb.append(' ').append(m).append(' ').append(v instanceof Double ? Format.number((Double) v) : "–");
        }
        line.setTextContent(sb.append('.').toString());
    }

    /** A table value as the table shows it: numbers through the page's formatter (3, not 3.0). */
    private static String shown(Object v) {
        return v instanceof Double ? Format.number((Double) v) : v == null ? "–" : String.valueOf(v);
    }

    private HTMLElement row(Map<String, Object> row, List<String> cols) {
        HTMLElement tr = Dom.el("tr", "tabindex", "0");
        boolean failed = row.get("error") != null;
        for (String c : cols) {
            Object v = GridSearch.value(row, c);
            boolean metric = c.contains("_");
            tr.appendChild(Dom.el("td", "class", v instanceof Double ? "num" : "", "text", failed && metric ? "error"
                    : v instanceof Double ? Format.number((Double) v) : v == null ? "–" : String.valueOf(v)));
        }
        if (failed) {
            tr.setAttribute("title", (String) row.get("error"));
            return tr;
        }
        String query = (String) row.get("query");
        tr.addEventListener("click", e -> store.dispatch(new Action.ApplyQuery(query, Action.Address.PUSH)));
        tr.addEventListener("keydown", e -> {
            if ("Enter".equals(((org.teavm.jso.dom.events.KeyboardEvent) e).getKey())) {
                store.dispatch(new Action.ApplyQuery(query, Action.Address.PUSH));
            }
        });
        return tr;
    }

    private void head(List<String> cols) {
        table.setTextContent("");
        shownRows.clear(); // the rows' cells follow the columns
        table.appendChild(Dom.el("caption", "text", "Grid results — click a heading to sort, a row to load its settings"));
        HTMLElement tr = Dom.el("tr");
        for (String c : cols) {
            HTMLElement b = Dom.el("button", "type", "button", "text", c);
            b.addEventListener("click", e -> store.dispatch(new Action.SortGrid(c)));
            tr.appendChild(Dom.with(Dom.el("th", "scope", "col", "data-column", c), b));
        }
        table.appendChild(Dom.with(Dom.el("thead"), tr));
        table.appendChild(Dom.el("tbody"));
        shownColumns = String.join(",", cols);
    }
}
