package playground.web.playground;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.text.Json;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.EngineClient;
import playground.web.protocol.Kind;

/**
 * The Tune panel's random search and Hyperband, carried out. The search itself lives in the page's own engine
 * worker (SEARCH_START, then SEARCH_REPORT after each round), so the page never decides anything: it hands each
 * round's trials — the engine's trial messages, a promoted trial carrying its parent's best-epoch weights — to a
 * few workers of its own (RUN_TRIAL), and when the whole round is back it reports every trial's score and
 * weights and gets the next round. Rounds are reported whole, so the choices are tune's for the same seed,
 * whichever worker finishes first. Rows reach the store as trials finish; a trial that fails is a row with its
 * error, and the search goes on.
 */
final class SearchRunner implements Store.Listener {
    private final Store store;
    private final Effects effects;
    private final TuneLock lock;
    private final List<Slot> slots = new ArrayList<>();
    private final ArrayDeque<Map<String, Object>> queue = new ArrayDeque<>();
    /** The round's results, as SEARCH_REPORT takes them, and how many of its trials are still out. */
    private final List<Object> results = new ArrayList<>();
    private int outstanding;
    private boolean active;
    private boolean planning;
    private String name = "";

    /** One worker: its engine, and whether it has loaded the table and is free for a trial. */
    private static final class Slot {
        final EngineClient engine;
        boolean ready;
        boolean busy;

        Slot(EngineClient engine) {
            this.engine = engine;
        }
    }

    SearchRunner(Store store, Effects effects, TuneLock lock) {
        this.store = store;
        this.effects = effects;
        this.lock = lock;
    }

    @Override
    public void changed(State before, State after, Action a) {
        if (a instanceof Action.RunGrid && !after.search.isGrid() && after.prepared != null && !after.grid.running && lock.take()) {
            planning = true;
            plan(after);
        } else if (a instanceof Action.EngineStarted && (planning || active)) {
            // the page's engine, which holds the search, was replaced (another runtime): it will not answer
            if (planning) {
                planning = false;
                lock.release();
                store.dispatch(new Action.Notify(List.of("Search: the engine restarted before the search began; run it again.")));
            }
            stop(name + " stopped: the engine restarted, and the search was in it.");
        } else if (a instanceof Action.CancelGrid && active) {
            GridSearch g = after.grid;
            stop(name + " cancelled after " + g.rows.size() + " trials (" + Math.round(g.done()) + " of " + g.plannedEpochs
                    + " epochs).");
        }
    }

    @SuppressWarnings("unchecked")
    private void plan(State s) {
        effects.engine().request(Kind.SEARCH_START, new Object[] {s.query(), s.gridText, s.search.options()}, (r, ms) -> {
            if (!planning) {
                return; // the engine restarted meanwhile
            }
            planning = false;
            Map<String, Object> plan = (Map<String, Object>) r;
            Map<String, Object> planned = (Map<String, Object>) plan.get("planned");
            List<Object> round = (List<Object>) plan.get("round");
            name = s.search.kind().equals("random") ? "Random search" : "Hyperband";
            int n = Math.max(1, Math.min(s.workers, round.size()));
            active = true;
            store.dispatch(new Action.GridStarted(GridSearch.search(s.search.kind(), (List<String>) plan.get("keys"),
                    ((Number) planned.get("trials")).intValue(), ((Number) planned.get("epochs")).intValue(),
                    (String) plan.get("brackets"), s.rank, Browser.now(), n)));
            for (int i = 0; i < n; i++) {
                start(s);
            }
            round(round);
        }, message -> {
            planning = false;
            lock.release();
            store.dispatch(new Action.Notify(List.of("Search: " + message)));
        });
    }

    /** A worker of the search's own: it loads the current table, then takes trials as they come. */
    private void start(State s) {
        Slot slot = new Slot(new EngineClient(s.runtime));
        slots.add(slot);
        if (s.dataset != null && s.dataset.csv != null) {
            slot.engine.request(Kind.LOAD_CSV, new Object[] {s.dataset.id, s.dataset.csv}, (p, ms) -> {
                slot.ready = true;
                pump();
            }, message -> { // that worker takes no trials; the others go on
                slot.engine.terminate();
                slots.remove(slot);
                if (slots.isEmpty()) {
                    stop(name + " stopped: the table did not load on any worker (" + message + ").");
                }
            });
        } else {
            slot.ready = true;
        }
    }

    @SuppressWarnings("unchecked")
    private void round(List<Object> trials) {
        results.clear();
        outstanding = trials.size();
        for (Object t : trials) {
            queue.add((Map<String, Object>) t);
        }
        pump();
    }

    /** Gives every free worker the next trial of the round. */
    private void pump() {
        for (Slot slot : new ArrayList<>(slots)) { // a copy: a dead worker fails at once and leaves the list
            if (!active || queue.isEmpty()) {
                return;
            }
            if (slots.contains(slot) && slot.ready && !slot.busy) {
                send(slot, queue.poll());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void send(Slot slot, Map<String, Object> trial) {
        slot.busy = true;
        slot.engine.request(Kind.RUN_TRIAL, new Object[] {Json.write(trial)}, (reply, ms) -> {
            Map<String, Object> r = (Map<String, Object>) reply;
            finished(slot, r.get("id"), r.get("score"), r.get("weights"), r.get("failure"), (Map<String, Object>) r.get("row"));
        }, message -> {
            if (slot.engine.failed()) { // the worker itself is gone: its trial goes to another, and it takes no more
                slot.engine.terminate();
                slots.remove(slot);
                queue.addFirst(trial);
                if (slots.isEmpty()) {
                    stop(name + " stopped: every worker failed (" + message + ").");
                } else {
                    pump();
                }
                return;
            }
            Map<String, Object> row = new LinkedHashMap<>(); // the request failed: the trial is a row with the reason
            for (String k : List.of("trial", "bracket", "round", "budget", "initial_epoch", "parent")) {
                row.put(k, trial.get(k.equals("trial") ? "id" : k.equals("budget") ? "epochs" : k));
            }
            row.put("query", trial.get("query"));
            row.put("error", message);
            finished(slot, trial.get("id"), null, null, message, row);
        });
    }

    @SuppressWarnings("unchecked")
    private void finished(Slot slot, Object id, Object score, Object weights, Object error, Map<String, Object> row) {
        slot.busy = false;
        if (!active) {
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", id);
        result.put("score", score); // null (a failed worker) is read as NaN
        result.put("weights", weights);
        result.put("error", error);
        results.add(result);
        store.dispatch(new Action.GridRow(row));
        if (--outstanding > 0) {
            pump();
            return;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("results", new ArrayList<>(results));
        results.clear(); // the weights are the engine's to keep now
        effects.engine().request(Kind.SEARCH_REPORT, new Object[] {Json.write(report)}, (r, ms) -> {
            if (!active) {
                return;
            }
            List<Object> next = (List<Object>) ((Map<String, Object>) r).get("round");
            if (next.isEmpty()) {
                GridSearch g = store.state().grid;
                stop(name + " done: " + g.rows.size() + " trials" + (g.brackets != null ? " (" + g.brackets + ")" : "") + ", "
                        + Math.round(g.done()) + " epochs in " + GridSearch.elapsed(Browser.now() - g.started) + " on " + slots.size()
                        + " worker" + (slots.size() > 1 ? "s" : "") + ".");
            } else {
                round(next);
            }
        }, message -> stop(name + " stopped: " + message));
    }

    private void stop(String status) {
        if (!active) {
            return; // stopped already (a second worker's failure, a cancel racing the end)
        }
        active = false;
        queue.clear();
        results.clear();
        for (Slot slot : slots) {
            slot.engine.terminate();
        }
        slots.clear();
        lock.release();
        store.dispatch(new Action.GridStopped(status));
        Dom.publish("grid-done", Integer.toString(store.state().grid.rows.size()));
    }
}
