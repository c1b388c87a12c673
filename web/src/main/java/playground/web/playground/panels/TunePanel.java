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
import playground.web.playground.SearchSettings;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The Tune section: how to search (a grid, a random search, Hyperband and their options), the space, how many
 * workers, the metric to choose by; Run / Cancel / Export; progress with an ETA (by epochs for a search, whose
 * trials' budgets differ); a search's chart of its trials; and the results table, sortable by any column (the
 * headings stay in place, so focus does) and a row loads its settings.
 */
public final class TunePanel implements Store.Listener {
    private final HTMLElement grid = Dom.find("#grid");
    private final HTMLElement workers = Dom.find("#workers");
    private final HTMLElement rank = Dom.find("#rank");
    private final HTMLElement table = Dom.find("#grid-results");
    private final HTMLElement kind = Dom.find("#search-kind");
    private final HTMLElement trials = Dom.find("#search-trials");
    private final HTMLElement maxEpochs = Dom.find("#search-max-epochs");
    private final HTMLElement factor = Dom.find("#search-factor");
    private final HTMLElement seed = Dom.find("#search-seed");
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
        for (HTMLElement c : List.of(grid, workers, rank, kind, trials, maxEpochs, factor, seed)) {
            c.addEventListener("input", e -> options());
            c.addEventListener("change", e -> options());
        }
        options();
        searchControls(store.state().search, store.state().grid);
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
        SearchSettings search = new SearchSettings(Dom.value(kind), Dom.value(trials), Dom.value(maxEpochs), Dom.value(factor),
                Dom.value(seed)); // as typed: the engine checks them and says what is wrong
        store.dispatch(new Action.TuneOptions(Dom.value(grid), Dom.value(rank), n, search));
    }

    /**
     * The options that belong to the chosen search are shown; the run button says what it runs (what is running,
     * while a search runs).
     */
    private void searchControls(SearchSettings search, GridSearch g) {
        for (HTMLElement label : Dom.all("#search-options [data-for]")) {
            label.setHidden(!(" " + label.getAttribute("data-for") + " ").contains(" " + search.kind() + " "));
        }
        Dom.find("#search-options").setHidden(search.isGrid());
        Dom.find("#search-help").setHidden(search.isGrid());
        String running = g.running ? g.kind : search.kind();
        Dom.find("#run-grid").setTextContent(running.equals("grid") ? "Run grid" : running.equals("random") ? "Run random search"
                : "Run Hyperband");
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!s.gridText.equals(Dom.value(grid))) {
            Dom.setValue(grid, s.gridText);
        }
        if (!s.rank.equals(Dom.value(rank))) {
            Dom.setValue(rank, s.rank); // a new task's metric
        }
        if (!s.search.kind().equals(Dom.value(kind))) {
            Dom.setValue(kind, s.search.kind()); // a preset's grid
        }
        if (s.search != before.search || s.grid.running != before.grid.running) {
            searchControls(s.search, s.grid);
        }
        if (s.prepared != before.prepared && s.prepared != null) { // only the task's metrics can be chosen by
            List<String> fit = GridSearch.metrics(s.prepared.classification);
            for (HTMLElement option : Dom.all("#rank option")) {
                Dom.setDisabled(option, !fit.contains(option.getAttribute("value")));
            }
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
        Dom.find("#grid-progress").setAttribute("value", Json.number(Math.min(1, g.done() / Math.max(1, g.work()))));
        double ms = Browser.now() - g.started;
        double left = g.remaining(ms);
        String eta = g.running && !Double.isNaN(left) ? " · ETA " + GridSearch.elapsed(left) : "";
        Dom.text("#grid-status", g.isSearch()
                ? done + " / " + g.total + " trials · " + Math.round(g.done()) + " / " + g.plannedEpochs + " epochs · " + GridSearch.elapsed(ms) + eta
                : done + " / " + g.total + " runs · " + GridSearch.elapsed(ms) + eta);
        chosen(g);
        SearchChart.draw(g);
        List<String> cols = g.columns(g.classification()); // the search's task, whatever is prepared since
        if (!String.join(",", cols).equals(shownColumns)) {
            head(cols, g);
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
    private void chosen(GridSearch g) {
        Map<String, Object> best = g.running ? null : g.chosen();
        HTMLElement line = Dom.find("#grid-chosen");
        line.setHidden(best == null);
        if (best == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("Chosen on validation " + g.rank + ": ");
        for (String k : g.keys) {
            sb.append(k).append(' ').append(shown(GridSearch.value(best, k))).append(", ");
        }
        if (g.kind.equals("hyperband")) { // a continued trial is its ancestors' epochs and its own: say how it got there
            int initial = ((Double) best.get("initial_epoch")).intValue();
            sb.append("trial ").append(shown(best.get("trial"))).append(", budget ").append(shown(best.get("budget")))
                    .append(Double.valueOf(1.0).equals(best.get("budget")) ? " epoch" : " epochs").append(initial > 0 ? " (continued from trial " + shown(best.get("parent")) + " at epoch "
                            + initial + ")" : "").append(", ");
        } else if (g.isSearch()) {
            sb.append("trial ").append(shown(best.get("trial"))).append(", ");
        }
        sb.append("epochs run ").append(shown(GridSearch.value(best, "epochs_run"))).append(". Its test rows, reported once:");
        Object test = best.get("test");
        for (String m : GridSearch.metrics(g.classification())) {
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

    private void head(List<String> cols, GridSearch g) {
        table.setTextContent("");
        shownRows.clear(); // the rows' cells follow the columns
        table.appendChild(Dom.el("caption", "text", (g.isSearch() ? "Trials" : "Grid results")
                + " — click a heading to sort, a row to load its settings" + (g.kind.equals("hyperband")
                        ? " (a trial's settings with its whole budget as epochs)" : "")));
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
