package playground.web.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.text.Json;
import playground.engine.text.Query;
import playground.web.dom.Browser;
import playground.web.page.SavedWeights;

/**
 * Saving and opening experiments: "Save & get short link" (the spec, the recorded run, optionally the model and the
 * user's CSV), a short link {@code /x/{id}} opened (its settings, its recording, Re-run and the side-by-side
 * comparison), the owner's Delete, and copying to the clipboard.
 */
final class Sharing implements Store.Listener {
    private final Store store;
    private final Effects effects;
    private final Exports exports;

    Sharing(Store store, Effects effects, Exports exports) {
        this.store = store;
        this.effects = effects;
        this.exports = exports;
    }

    @Override
    public void changed(State before, State after, Action a) {
        if (a instanceof Action.Save && after.prepared != null && !after.saving) {
            save(after);
        } else if (a instanceof Action.Copy x) {
            boolean remix = after.prepared != null && after.prepared.startsFromWeights;
            String without = !x.what().equals("Link") ? "" : remix ? " It does not carry the earlier run's weights this run"
                    + " starts from" + (after.weightEdits > 0 ? ", nor the weights you set by hand" : "") + ": save for a short"
                    + " link that does." : after.weightEdits > 0 ? " It does not carry the " + after.weightEdits
                    + " weight(s) you set by hand: save for a short link that does." : "";
            Browser.copy(x.text(), ok -> store.dispatch(new Action.Say(x.what() + " copied." + without)),
                    why -> store.dispatch(new Action.Say("Select the text and copy it: the browser did not allow copying ("
                            + why + ").")));
        } else if (a instanceof Action.Rerun && after.opened != null) {
            // the saved start (the spec's weights, or those it carries), the log of weights set by hand replayed where
            // they were set, then training
            effects.apply((String) after.opened.get("spec"), Action.Address.KEEP, () -> effects.startFrom(SavedWeights.start(after.opened),
                    () -> effects.replayEdits(SavedWeights.edits(after.opened), effects::train), null)); // a refused start: said, no run
        } else if (a instanceof Action.DeleteSaved && after.savedId != null) {
            delete(after);
        } else if (a instanceof Action.Evaluated && after.opened != null && after.savedId != null && !after.recorded) {
            store.dispatch(new Action.ComparedWithRecording(compare(after)));
        }
    }

    /** Opens the saved experiment {@code id}: its CSV if it has one, its settings, then its recording. */
    @SuppressWarnings("unchecked")
    void open(String id) {
        Browser.fetchText("/api/experiments/" + Query.encode(id), text -> {
            Map<String, Object> saved = (Map<String, Object>) Json.parse(text);
            store.dispatch(new Action.Opened(saved));
            Effects.Then ready = () -> store.dispatch(new Action.Ready());
            Effects.Then show = () -> effects.apply((String) saved.get("spec"), Action.Address.KEEP,
                    () -> {
                        Effects.Then recorded = () -> {
                            store.dispatch(new Action.ShowRecorded());
                            ready.then();
                        };
                        // a start that cannot be used is said, and the recording is shown all the same
                        effects.startFrom(SavedWeights.start(saved), () -> effects.replayEdits(SavedWeights.edits(saved), recorded), recorded);
                    }, ready);
            Map<String, Object> dataset = (Map<String, Object>) saved.get("dataset");
            if (dataset != null) {
                effects.loadSavedCsv(String.valueOf(dataset.get("name")), (String) dataset.get("csv"), show, ready);
            } else {
                show.then();
            }
        }, effects::couldNotStart);
    }

    private void save(State s) {
        store.dispatch(new Action.SaveStarted());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spec", s.query());
        if (!s.title.trim().isEmpty()) {
            body.put("title", s.title.trim());
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("history", s.run.history);
        results.put("events", s.run.events);
        results.put("runtime", s.runtime);
        if (s.evaluation != null) {
            results.put("evaluation", s.evaluation);
        }
        body.put("results", results);
        if (s.includeDataset && s.dataset != null && s.dataset.id.equals("upload")) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("name", s.dataset.fileName != null ? s.dataset.fileName : "upload.csv");
            dataset.put("csv", s.dataset.csv);
            body.put("dataset", dataset);
        }
        Object recorded = s.recorded && s.opened != null ? SavedWeights.of(s.opened) : null;
        if (recorded != null) { // a saved run shown as recorded: its weights as they were saved (the engine has replayed only part)
            results.put("weights", recorded);
            finish(s, body);
        } else if (s.weightEdits > 0 || s.prepared.startsFromWeights) {
            // weights the spec cannot derive: where the run started (the spec's initializer or a remix's weights), and
            // the log of those set by hand
            effects.weights(weights -> {
                results.put("weights", Json.parse(weights));
                finish(s, body);
            }, message -> store.dispatch(new Action.SaveFailed(message)));
        } else {
            finish(s, body);
        }
    }

    /** The rest of a save: the model if asked for, then the POST. */
    private void finish(State s, Map<String, Object> body) {
        if (!s.includeModel) {
            post(body);
        } else if (s.run.history.isEmpty() || s.recorded) {
            store.dispatch(new Action.SaveFailed("train (or re-run) first to include a model"));
        } else {
            exports.model(model -> {
                body.put("model", model);
                post(body);
            }, message -> store.dispatch(new Action.SaveFailed(message)));
        }
    }

    @SuppressWarnings("unchecked")
    private void post(Map<String, Object> body) {
        Browser.send("POST", "/api/experiments", Json.write(body), null, (status, text, retryAfter) -> {
            Map<String, Object> answer = answer(status, text);
            if (status == 429) {
                store.dispatch(new Action.SaveFailed(answer.get("error") + " (wait " + retryAfter + " s)"));
            } else if (status == 413) {
                store.dispatch(new Action.SaveFailed("too large to save: " + answer.get("error")));
            } else if (status < 200 || status >= 300) {
                store.dispatch(new Action.SaveFailed(String.valueOf(answer.get("error"))));
            } else {
                String id = (String) answer.get("id");
                Browser.store("owner:" + id, (String) answer.get("ownerToken"));
                store.dispatch(new Action.SavedAs(id, (String) answer.get("url"), (String) body.get("spec")));
            }
        });
    }

    /** The server's JSON answer, or {"error": what went wrong} when it is not JSON. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(int status, String text) {
        try {
            Object o = Json.parse(text);
            if (o instanceof Map) {
                return (Map<String, Object>) o;
            }
        } catch (IllegalArgumentException e) {
            // not JSON: said below
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", status == 0 ? "the server could not be reached (" + text + ")" : "the server answered " + status);
        return m;
    }

    private void delete(State s) {
        String token = Browser.stored("owner:" + s.savedId);
        if (token == null || !Browser.confirm("Delete this saved experiment for everyone? The short link will stop working.")) {
            return;
        }
        String id = s.savedId;
        Browser.send("DELETE", "/api/experiments/" + Query.encode(id), null, token, (status, text, retryAfter) -> {
            if (status == 204) {
                Browser.store("owner:" + id, null);
                Browser.go("/?" + s.opened.get("spec"));
            } else {
                store.dispatch(new Action.Say("Not deleted: " + answer(status, text).get("error")));
            }
        });
    }

    /** The recorded run against the re-run: epochs, the last epoch's losses, and every final metric. */
    @SuppressWarnings("unchecked")
    static List<State.Compared> compare(State s) {
        Map<String, Object> results = (Map<String, Object>) s.opened.get("results");
        List<Map<String, Object>> recorded = results.get("history") instanceof List
                ? (List<Map<String, Object>>) results.get("history") : List.of();
        List<State.Compared> rows = new ArrayList<>();
        rows.add(new State.Compared("epochs", (double) recorded.size(), (double) s.run.history.size()));
        Map<String, Object> a = recorded.isEmpty() ? Map.of() : recorded.get(recorded.size() - 1);
        Map<String, Object> b = s.run.last() == null ? Map.of() : s.run.last();
        for (String k : List.of("loss", "val_loss")) {
            if (a.containsKey(k) || b.containsKey(k)) {
                rows.add(new State.Compared("final " + k, a.get(k), b.get(k)));
            }
        }
        Map<String, Object> recordedEvaluation = (Map<String, Object>) results.get("evaluation");
        for (String part : List.of("train", "test", "val")) {
            Map<String, Object> x = recordedEvaluation == null ? null : (Map<String, Object>) recordedEvaluation.get(part);
            Map<String, Object> y = s.evaluation == null ? null : (Map<String, Object>) s.evaluation.get(part);
            if (x == null || y == null) {
                continue;
            }
            for (String k : y.keySet()) {
                rows.add(new State.Compared(part + " " + k, x.get(k), y.get(k)));
            }
        }
        return rows;
    }
}
