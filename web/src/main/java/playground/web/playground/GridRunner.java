package playground.web.playground;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.EngineClient;
import playground.web.protocol.Kind;

/**
 * The Tune panel's grid search, carried out: the engine expands the grid into specs, and that many runs are shared
 * out to a few workers of their own (one per spare core by default), each with the current table. Rows come back
 * to the store one by one; a failed run is a row with its error, and the rest go on.
 */
final class GridRunner implements Store.Listener {
    private final Store store;
    private final Effects effects;
    private final List<EngineClient> workers = new ArrayList<>();
    private boolean cancelled;
    /** A plan has been asked for and has not started: a second click does not start a second grid. */
    private boolean planning;

    GridRunner(Store store, Effects effects) {
        this.store = store;
        this.effects = effects;
    }

    /** Workers to use unless the user says otherwise: every core but the one the page and its engine use. */
    static int defaultWorkers() {
        return Math.max(1, Browser.hardwareThreads() - 1);
    }

    @Override
    public void changed(State before, State after, Action a) {
        if (a instanceof Action.RunGrid && after.prepared != null && !after.grid.running && !planning) {
            planning = true;
            plan(after);
        } else if (a instanceof Action.CancelGrid && after.grid.running) {
            cancelled = true;
            stop("Grid cancelled after " + after.grid.rows.size() + " of " + after.grid.total + " runs.");
        }
    }

    @SuppressWarnings("unchecked")
    private void plan(State s) {
        effects.engine().request(Kind.GRID, new Object[] {s.query(), s.gridText}, (r, ms) -> {
            planning = false;
            Map<String, Object> plan = (Map<String, Object>) r;
            List<String> keys = (List<String>) plan.get("keys");
            List<String> queries = (List<String>) plan.get("queries");
            int n = Math.max(1, Math.min(s.workers, queries.size()));
            cancelled = false;
            store.dispatch(new Action.GridStarted(GridSearch.start(keys, queries.size(), s.rank, Browser.now(), n)));
            ArrayDeque<String> queue = new ArrayDeque<>(queries);
            int[] running = {n};
            for (int i = 0; i < n; i++) {
                worker(s, queue, () -> {
                    if (--running[0] == 0 && !cancelled) {
                        stop("Grid done: " + queries.size() + " runs in " + elapsed() + " on " + n + " worker" + (n > 1 ? "s" : "") + ".");
                    }
                });
            }
        }, message -> {
            planning = false;
            store.dispatch(new Action.Notify(List.of("Grid: " + message)));
        });
    }

    /** One worker: loads the table, then takes runs off the queue until it is empty. */
    private void worker(State s, ArrayDeque<String> queue, Runnable finished) {
        EngineClient w = new EngineClient(s.runtime);
        workers.add(w);
        Runnable next = new Runnable() {
            @Override
            public void run() {
                String query = queue.poll();
                if (query == null || cancelled) {
                    finished.run();
                    return;
                }
                w.request(Kind.RUN, new Object[] {query}, (row, ms) -> {
                    row(row);
                    run();
                }, message -> {
                    Map<String, Object> failed = new LinkedHashMap<>();
                    failed.put("query", query);
                    failed.put("error", message);
                    row(failed);
                    run();
                });
            }
        };
        if (s.dataset != null && s.dataset.csv != null) {
            w.request(Kind.LOAD_CSV, new Object[] {s.dataset.id, s.dataset.csv}, (p, ms) -> next.run(), message -> {
                store.dispatch(new Action.Notify(List.of("Grid: " + message)));
                finished.run();
            });
        } else {
            next.run();
        }
    }

    @SuppressWarnings("unchecked")
    private void row(Object row) {
        if (!cancelled) {
            store.dispatch(new Action.GridRow((Map<String, Object>) row));
        }
    }

    private void stop(String status) {
        for (EngineClient w : workers) {
            w.terminate();
        }
        workers.clear();
        store.dispatch(new Action.GridStopped(status));
        Dom.publish("grid-done", Integer.toString(store.state().grid.rows.size()));
    }

    private String elapsed() {
        return GridSearch.elapsed(Browser.now() - store.state().grid.started);
    }
}
