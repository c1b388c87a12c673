package playground.web.playground;

import java.util.Map;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Datasets;
import playground.web.page.EngineClient;
import playground.web.protocol.Kind;

/**
 * What the playground's actions do outside its state: the engine worker (start it, load data, prepare, train,
 * draw), and the address bar. Each outcome comes back to the store as an action. The page thread never trains:
 * it asks the worker, and asks for at most one picture at a time (a newer request waits for the one under way).
 */
final class Effects implements Store.Listener, EngineClient.Training {
    interface Then {
        void then();
    }

    private final Store store;
    private EngineClient engine;
    /** Which apply is the latest: a reply to an older one (a slow dataset, say) is not shown over a newer spec. */
    private int applied;
    private boolean pictureBusy;
    private boolean picturePending;

    Effects(Store store) {
        this.store = store;
    }

    EngineClient engine() {
        return engine;
    }

    private State state() {
        return store.state();
    }

    @Override
    public void changed(State before, State after, Action a) {
        if (a instanceof Action.SpecApplied) {
            Dom.publish("trained", "false"); // a new run: not trained until it finishes (tests and tools wait on this)
        }
        if (a instanceof Action.SetSettings x) {
            edit(x.values());
        } else if (a instanceof Action.SetColumn x && after.prepared != null) {
            edit(SpecUrl.column(after.prepared.columns, x.column(), x.transform()));
        } else if (a instanceof Action.ApplyQuery x) {
            apply(x.query(), x.address(), null);
        } else if (a instanceof Action.Preset x) {
            preset(x.name(), x.withGrid());
        } else if (a instanceof Action.Upload x) {
            upload(x.fileName(), x.text());
        } else if (a instanceof Action.ChooseRuntime x) {
            Browser.store("runtime", x.choice());
            if (after.prepared != null && after.prepared.startsFromWeights) {
                // a remix goes with the run to the new engine: its start, bit for bit (runs are identical on both)
                weights(w -> {
                    Object start = castMap(playground.engine.text.Json.parse(w)).get("start");
                    String what = start instanceof Map ? playground.engine.text.Json.write(start) : "spec";
                    startEngine(x.choice(), () -> apply(state().query(), Action.Address.REPLACE, () -> startFrom(what, () -> { }, null)));
                }, message -> {
                    store.dispatch(new Action.Say("The remix stays behind (" + message + "): runs on this engine start from fresh weights."));
                    startEngine(x.choice(), () -> apply(state().query(), Action.Address.REPLACE, null));
                });
            } else {
                startEngine(x.choice(), () -> apply(state().prepared != null ? state().query() : SpecUrl.spec(Browser.query()),
                        Action.Address.REPLACE, null));
            }
        } else if (a instanceof Action.EditWeight x && after.prepared != null) {
            setWeight(x);
        } else if (a instanceof Action.Play) {
            play();
        } else if (a instanceof Action.Step x) {
            step(x.unit());
        } else if (a instanceof Action.SetSpeed x && after.training) {
            engine.speed(after.speed); // a new pace for the loop under way
        } else if (a instanceof Action.StartFrom x && after.prepared != null) {
            if (after.training) {
                engine.pause();
            }
            startFrom(x.what(), () -> store.dispatch(new Action.StartChanged(x.what().equals("trained")
                    ? "Remixed: the next run continues from the weights this one reached. Change settings and train on."
                    : "Runs start from fresh weights again.")), null);
        } else if (a instanceof Action.Reset && after.prepared != null) {
            apply(after.query(), addressMode(), null);
        } else if (a instanceof Action.Navigated x) {
            if (Browser.path().startsWith("/x/")) {
                Browser.reload(); // back to a short link: show the saved experiment
            } else {
                apply(x.query(), Action.Address.REPLACE, null);
            }
        }
    }

    /** The user's runtime ("auto", "wasm", "js"): the address's ?runtime=, else the last choice, else auto. */
    static String chosenRuntime() {
        String forced = Browser.queryParameter("runtime");
        if (forced == null) {
            forced = Browser.stored("runtime");
        }
        return "wasm".equals(forced) || "js".equals(forced) ? forced : "auto";
    }

    /** A new worker on the chosen runtime (the old one, if any, is stopped): then the key table, then {@code then}. */
    void startEngine(String choice, Then then) {
        boolean gc = Browser.wasmGcSupported();
        String actual = choice.equals("js") || !gc ? "js" : "wasm";
        String note = choice.equals("wasm") && !gc ? "this browser has no WebAssembly GC: using JavaScript"
                : actual.equals("wasm") ? "running on WebAssembly" : "running on JavaScript";
        if (engine != null) {
            engine.terminate();
        }
        engine = new EngineClient(actual);
        engine.onTraining(this);
        pictureBusy = false;
        picturePending = false;
        engine.request(Kind.SETTINGS, new Object[0], (settings, ms) -> {
            store.dispatch(new Action.EngineStarted(actual, choice, note, castMap(settings)));
            Dom.publish("runtime", actual);
            then.then();
        }, this::couldNotStart);
    }

    void couldNotStart(String message) {
        store.dispatch(new Action.Notify(java.util.List.of("The page could not start: " + message)));
        store.dispatch(new Action.Say("The page could not start: " + message));
    }

    /**
     * Prepares a spec in the worker (loading its dataset first if need be), then moves the address bar as
     * {@code address} says and runs {@code then}; a spec that cannot be prepared is shown as a notice.
     */
    void apply(String query, Action.Address address, Then then) {
        apply(query, address, then, null);
    }

    /** As {@link #apply(String, Action.Address, Then)}, running {@code orElse} (if not null) when it fails. */
    void apply(String query, Action.Address address, Then then, Then orElse) {
        String named = SpecUrl.get(query, "data");
        if (named != null && !named.equals("upload") && !state().catalog.isEmpty() && Datasets.entry(state().catalog, named) == null) {
            // a link to a dataset this site does not have: the playground's own data instead, and say so
            Map<String, String> without = new java.util.LinkedHashMap<>();
            for (String k : java.util.List.of("data", "target", "drop", "tf")) {
                without.put(k, "");
            }
            String note = "From the link: ignored data=" + named + ": there is no dataset '" + named + "' here.";
            apply(SpecUrl.without(query, without.keySet()), address, () -> {
                java.util.List<String> notices = new java.util.ArrayList<>(state().notices);
                notices.add(0, note);
                store.dispatch(new Action.Notify(notices));
                if (then != null) {
                    then.then();
                }
            }, orElse);
            return;
        }
        int mine = ++applied;
        EngineClient.Failed failed = message -> {
            if (mine != applied) {
                return;
            }
            specFailed(message);
            if (orElse != null) {
                orElse.then();
            }
        };
        if (state().training) {
            engine.pause(); // the worker's loop would go on training the old spec
        }
        String data = SpecUrl.get(query, "data");
        ensureDataset(data == null ? "circle" : data, mine, failed, () -> engine.request(Kind.PREPARE, new Object[] {query}, (prep, ms) -> {
            if (mine != applied) {
                return; // a newer spec was asked for meanwhile; its reply decides
            }
            Prepared p = new Prepared(castMap(prep));
            store.dispatch(new Action.SpecApplied(p));
            moveAddress(p.query, address);
            picture();
            if (then != null) {
                then.then();
            }
        }, failed));
    }

    /**
     * The user's edit: the engine applies it to the current spec, checking each value (a bad one is refused and
     * the page keeps what it had), and resets what depended on a changed dataset or target.
     */
    private void edit(Map<String, String> values) {
        int mine = ++applied;
        if (state().training) {
            engine.pause();
        }
        String base = state().query();
        String data = values.containsKey("data") ? values.get("data") : SpecUrl.get(base, "data");
        EngineClient.Failed refused = message -> {
            if (mine == applied) {
                String key = values.containsKey("data") ? "data" : values.keySet().iterator().next();
                store.dispatch(new Action.EditRejected(key, values.get(key), message));
            }
        };
        ensureDataset(data == null ? "circle" : data, mine, refused, () -> engine.request(Kind.EDIT,
                new Object[] {base, SpecUrl.pairs(values)}, (r, ms) -> {
                    if (mine != applied) {
                        return;
                    }
                    Map<String, Object> m = castMap(r);
                    if (m.get("rejected") instanceof Map) {
                        Map<String, Object> x = castMap(m.get("rejected"));
                        store.dispatch(new Action.EditRejected((String) x.get("key"), (String) x.get("value"), (String) x.get("message")));
                        return;
                    }
                    Prepared p = new Prepared(m);
                    store.dispatch(new Action.SpecApplied(p));
                    moveAddress(p.query, Action.Address.PUSH);
                    picture();
                }, refused));
    }

    /** The address bar shows {@code query} (with the runtime, when the address named one), as {@code how} says. */
    private void moveAddress(String query, Action.Address how) {
        String url = SpecUrl.address(query, Browser.queryParameter("runtime") != null ? state().runtimeChoice : null);
        if (how == Action.Address.PUSH) {
            Browser.pushAddress(url);
        } else if (how == Action.Address.REPLACE) {
            Browser.replaceAddress(url);
        }
    }

    private void specFailed(String message) {
        store.dispatch(new Action.SpecFailed(message));
    }

    /** Makes dataset {@code id} the worker's table, unless it already is. */
    private void ensureDataset(String id, int mine, EngineClient.Failed failed, Then then) {
        State s = state();
        if (s.dataset != null && s.dataset.id.equals(id)) {
            then.then();
            return;
        }
        if (id.equals("upload")) {
            failed.failed("choose a CSV file to use your own data");
            return;
        }
        Map<String, Object> entry = Datasets.entry(s.catalog, id);
        String note = entry != null && entry.get("description") != null ? (String) entry.get("description") : "";
        Datasets.load(engine, s.catalog, id, text -> store.dispatch(new Action.Say(text)), (csv, profile) -> {
            store.dispatch(new Action.DatasetLoaded(new State.Dataset(id, profile, csv, null), note)); // what the worker holds
            if (mine == applied) {
                then.then();
            }
        }, failed);
    }

    /** A CSV file the user chose: parsed in the worker, then a fresh spec on it. */
    private void upload(String name, String text) {
        engine.request(Kind.LOAD_CSV, new Object[] {"upload", text}, (profile, ms) -> {
            Map<String, Object> p = castMap(profile);
            store.dispatch(new Action.DatasetLoaded(new State.Dataset("upload", p, text, name), name + ": "
                    + number(p.get("rows")) + " rows, " + ((java.util.List<?>) p.get("columns")).size() + " columns."));
            apply("v=2&data=upload", Action.Address.PUSH, null);
        }, message -> store.dispatch(new Action.UploadFailed(name, message)));
    }

    /** Loads a saved experiment's own CSV into the worker. */
    void loadSavedCsv(String name, String csv, Then then, Then orElse) {
        engine.request(Kind.LOAD_CSV, new Object[] {"upload", csv}, (profile, ms) -> {
            Map<String, Object> p = castMap(profile);
            store.dispatch(new Action.DatasetLoaded(new State.Dataset("upload", p, csv, name),
                    name + " (saved with the experiment): " + number(p.get("rows")) + " rows."));
            then.then();
        }, message -> {
            specFailed(message);
            orElse.then();
        });
    }

    private void preset(String name, boolean withGrid) {
        engine.request(Kind.PRESET, new Object[] {name}, (r, ms) -> {
            Map<String, Object> p = castMap(r);
            if (withGrid) {
                State s = state();
                store.dispatch(new Action.TuneOptions((String) p.get("grid"), s.rank, s.workers, s.search.withKind("grid")));
            }
            apply((String) p.get("query"), Action.Address.PUSH, null);
        }, this::specFailed);
    }

    /** On a short link the address stays the saved experiment's until a setting changes. */
    static Action.Address addressMode() {
        return Browser.path().startsWith("/x/") ? Action.Address.KEEP : Action.Address.REPLACE;
    }

    private void play() {
        State s = state();
        if (s.prepared == null) {
            return;
        }
        if (s.training) {
            engine.pause();
            return;
        }
        if (s.recorded || !s.epochsLeft()) {
            apply(s.query(), addressMode(), this::train); // train again from the start, replacing a recording
        } else {
            train();
        }
    }

    /** Starts the worker's training loop; progress comes back through {@link #progress}. */
    void train() {
        store.dispatch(new Action.TrainingStarted());
        engine.train(state().speed);
    }

    private void step(String unit) {
        State s = state();
        if (s.prepared == null || s.training) {
            return;
        }
        Then once = () -> engine.request(Kind.STEP, new Object[] {unit}, (p, ms) -> progress(castMap(p), ms),
                message -> store.dispatch(new Action.Notify(java.util.List.of(message))));
        if (s.recorded) {
            apply(s.query(), addressMode(), once);
        } else {
            once.then();
        }
    }

    @Override
    public void progress(Map<String, Object> p, double ms) {
        store.dispatch(new Action.Progress(p));
        picture();
        State s = state();
        if (s.run.finished && !s.run.diverged && s.run.error == null) {
            engine.request(Kind.EVALUATE, new Object[0], (r, t) -> {
                store.dispatch(new Action.Evaluated(castMap(r)));
                Dom.publish("trained", "true");
            }, this::specFailed);
        }
    }

    @Override
    public void paused() {
        store.dispatch(new Action.Paused());
    }

    /**
     * A weight set by hand: training pauses (the edit lands between steps, where a replay puts it back), the engine
     * checks and sets it, and the picture, the thumbnails and the test loss follow; a refusal keeps the old weight.
     */
    private void setWeight(Action.EditWeight x) {
        if (state().training) {
            engine.pause();
        }
        engine.request(Kind.SET_WEIGHT, new Object[] {x.layer(), x.row(), x.unit(), x.value()}, (r, ms) -> {
            Map<String, Object> m = castMap(r);
            if (m.get("rejected") instanceof Map) {
                store.dispatch(new Action.Say("Weight not set: " + castMap(m.get("rejected")).get("message") + ". It keeps its value."));
                return;
            }
            store.dispatch(new Action.WeightSet(((java.util.List<?>) m.get("edits")).size(), x.value().trim(),
                    m.get("test_loss") instanceof Double ? (Double) m.get("test_loss") : null));
            picture();
            if (state().run.finished) { // the final metrics follow the weight too (what Save records, Re-run compares)
                engine.request(Kind.EVALUATE, new Object[0], (e, t) -> store.dispatch(new Action.Reevaluated(castMap(e))),
                        message -> store.dispatch(new Action.Say(message)));
            }
        }, message -> store.dispatch(new Action.Say("Weight not set: " + message)));
    }

    /** Evaluates the weights the next run starts from (an imported model's) and shows the metrics, before any training. */
    void evaluateStart() {
        engine.request(Kind.EVALUATE, new Object[0], (e, t) -> store.dispatch(new Action.Reevaluated(castMap(e))),
                message -> store.dispatch(new Action.Say(message)));
    }

    /** The weights the spec cannot derive, as JSON text: {"start": "spec" or starting weights, "edits": [...]}. */
    void weights(java.util.function.Consumer<String> then, EngineClient.Failed failed) {
        engine.request(Kind.WEIGHTS, new Object[0], (r, ms) -> then.accept(String.valueOf(r)), failed);
    }

    /**
     * Sets where runs start ("spec", "trained", or a saved start as JSON) and shows the experiment prepared afresh
     * from there, then goes on with {@code then}. A start that cannot be used is said and the experiment stays as
     * it was ({@code orElse}, if not null, goes on instead). It takes no new request number: an edit on its way is
     * not cancelled, and the engine refuses a start for settings other than those shown; a newer spec's reply
     * decides (then neither goes on). Nothing is asked when the spec's own start is wanted and already used.
     */
    void startFrom(String what, Then then, Then orElse) {
        State s = state();
        if (what.equals("spec") && (s.prepared == null || !s.prepared.startsFromWeights)) {
            then.then();
            return;
        }
        int mine = applied;
        EngineClient.Failed failed = message -> {
            if (mine == applied) {
                store.dispatch(new Action.Say(message));
                if (orElse != null) {
                    orElse.then();
                }
            }
        };
        engine.request(Kind.START_FROM, new Object[] {s.query(), what}, (r, ms) -> {
            Map<String, Object> m = castMap(r);
            if (m.get("error") != null) {
                failed.failed(String.valueOf(m.get("error")));
            } else if (mine == applied) {
                java.util.List<String> kept = state().notices; // the spec's notices (a link's ignored settings) still hold
                store.dispatch(new Action.SpecApplied(new Prepared(m)));
                if (!kept.isEmpty()) {
                    java.util.List<String> notices = new java.util.ArrayList<>(kept);
                    for (String n : state().notices) {
                        if (!notices.contains(n)) {
                            notices.add(n);
                        }
                    }
                    store.dispatch(new Action.Notify(notices));
                }
                picture();
                then.then();
            }
        }, failed);
    }

    /** Replays a saved log of weights set by hand on the experiment just prepared, then goes on. */
    void replayEdits(java.util.List<Object> log, Then then) {
        if (log == null || log.isEmpty()) {
            then.then();
            return;
        }
        engine.request(Kind.REPLAY_EDITS, new Object[] {playground.engine.text.Json.write(log)}, (r, ms) -> {
            Map<String, Object> m = castMap(r);
            if (m.get("error") != null) {
                store.dispatch(new Action.Say(String.valueOf(m.get("error"))));
            } else {
                store.dispatch(new Action.WeightsReplayed(log.size()));
                picture();
            }
            then.then();
        }, message -> {
            store.dispatch(new Action.Say(message));
            then.then();
        });
    }

    /** Asks for the output picture unless a request is under way (then once more when it answers). */
    private void picture() {
        State s = state();
        if (s.prepared == null || !s.prepared.picture) {
            return;
        }
        if (pictureBusy) {
            picturePending = true;
            return;
        }
        pictureBusy = true;
        EngineClient asked = engine;
        engine.request(Kind.PICTURE, new Object[] {48, 12}, (r, ms) -> {
            if (asked != engine) {
                return; // an answer from a worker since replaced
            }
            pictureBusy = false;
            Map<String, Object> picture = castMap(r);
            if (!Boolean.TRUE.equals(picture.get("none"))) {
                store.dispatch(new Action.Picture(picture));
            }
            if (picturePending) {
                picturePending = false;
                picture();
            }
        }, message -> {
            if (asked != engine) {
                return;
            }
            pictureBusy = false;
            store.dispatch(new Action.Notify(java.util.List.of(message)));
            if (picturePending) {
                picturePending = false;
                picture();
            }
        });
    }

    static String number(Object v) {
        return v instanceof Number ? playground.web.page.Format.grouped(((Number) v).longValue()) : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
