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
 * The Tune panel's grid search, carried out: the engine expands the grid into specs and groups those that differ
 * only in epochs (each group trains once, to its longest cap, and gives every run its result), and the groups are
 * shared out, longest first, to a few workers of their own (one per spare core by default), each with the current
 * table. Rows come back to the store a group at a time; a failed run is a row with its error, and the rest go on.
 */
final class GridRunner implements Store.Listener {
    private final Store store;
    private final Effects effects;
    private final TuneLock lock;
    private final List<EngineClient> workers = new ArrayList<>();
    private boolean cancelled;
    /** A plan has been asked for and has not started. */
    private boolean planning;

    GridRunner(Store store, Effects effects, TuneLock lock) {
        this.store = store;
        this.effects = effects;
        this.lock = lock;
    }

    /** Workers to use unless the user says otherwise: every core but the one the page and its engine use. */
    static int defaultWorkers() {
        return Math.max(1, Browser.hardwareThreads() - 1);
    }

    @Override
    public void changed(State before, State after, Action a) {
        if (a instanceof Action.RunGrid && after.search.isGrid() && after.prepared != null && !after.grid.running && lock.take()) {
            planning = true;
            plan(after);
        } else if (a instanceof Action.EngineStarted && planning) { // a new engine never answers the old one's plan
            planning = false;
            lock.release();
        } else if (a instanceof Action.CancelGrid && after.grid.running && !after.grid.isSearch()) {
            cancelled = true;
            stop("Grid cancelled after " + after.grid.rows.size() + " of " + after.grid.total + " runs.");
        }
    }

    @SuppressWarnings("unchecked")
    private void plan(State s) {
        effects.engine().request(Kind.GRID, new Object[] {s.query(), s.gridText}, (r, ms) -> {
            if (!planning) {
                return; // the engine restarted meanwhile
            }
            planning = false;
            Map<String, Object> plan = (Map<String, Object>) r;
            List<String> keys = (List<String>) plan.get("keys");
            List<String> queries = (List<String>) plan.get("queries");
            ArrayDeque<List<String>> queue = new ArrayDeque<>();
            for (Object group : (List<Object>) plan.get("groups")) {
                List<String> runs = new ArrayList<>();
                for (Object i : (List<Object>) group) {
                    runs.add(queries.get(((Number) i).intValue()));
                }
                queue.add(runs);
            }
            int n = Math.max(1, Math.min(s.workers, queue.size()));
            int trainings = queue.size();
            String shared = trainings < queries.size() ? " (" + trainings + " training" + (trainings > 1 ? "s" : "")
                    + ", runs that differ only in epochs sharing one)" : "";
            cancelled = false;
            store.dispatch(new Action.GridStarted(GridSearch.start(keys, queries.size(), s.rank, Browser.now(), n)));
            int[] running = {n};
            for (int i = 0; i < n; i++) {
                worker(s, queue, () -> {
                    if (--running[0] == 0 && !cancelled) {
                        stop("Grid done: " + queries.size() + " runs" + shared + " in " + elapsed() + " on " + n + " worker" + (n > 1 ? "s" : "") + ".");
                    }
                });
            }
        }, message -> {
            planning = false;
            lock.release();
            store.dispatch(new Action.Notify(List.of("Grid: " + message)));
        });
    }

    /** One worker: loads the table, then takes groups of runs off the queue until it is empty. */
    private void worker(State s, ArrayDeque<List<String>> queue, Runnable finished) {
        EngineClient w = new EngineClient(s.runtime);
        workers.add(w);
        Runnable next = new Runnable() {
            @Override
            @SuppressWarnings("unchecked")
            public void run() {
                List<String> group = queue.poll();
                if (group == null || cancelled) {
                    finished.run();
                    return;
                }
                w.request(Kind.RUN_SHARING_EPOCHS, new Object[] {String.join("\n", group)}, (reply, ms) -> {
                    for (Object row : (List<Object>) ((Map<String, Object>) reply).get("rows")) {
                        row(row);
                    }
                    run();
                }, message -> {
                    for (String query : group) {
                        Map<String, Object> failed = new LinkedHashMap<>();
                        failed.put("query", query);
                        failed.put("error", message);
                        row(failed);
                    }
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
        lock.release();
        store.dispatch(new Action.GridStopped(status));
        Dom.publish("grid-done", Integer.toString(store.state().grid.rows.size()));
    }

    private String elapsed() {
        return GridSearch.elapsed(Browser.now() - store.state().grid.started);
    }
}
