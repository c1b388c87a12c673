package playground.web.playground;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.web.page.Format;
import playground.web.page.Run;

/**
 * The only writer of the playground's state: {@link #apply} turns a state and an action into the next state (a
 * pure function, tested on the JVM), and {@link #dispatch} tells the listeners — the panels, which render, and
 * {@link Effects}, which talks to the engine. An action dispatched while listeners run waits its turn, so every
 * listener sees every state in order.
 */
public final class Store {
    public interface Listener {
        void changed(State before, State after, Action action);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private final ArrayDeque<Action> queue = new ArrayDeque<>();
    private State state = State.START;
    private boolean dispatching;

    public State state() {
        return state;
    }

    public void subscribe(Listener l) {
        listeners.add(l);
    }

    public void dispatch(Action action) {
        queue.add(action);
        if (dispatching) {
            return;
        }
        dispatching = true;
        try {
            while (!queue.isEmpty()) {
                Action a = queue.poll();
                State before = state;
                state = apply(state, a);
                for (Listener l : listeners) {
                    try {
                        l.changed(before, state, a);
                    } catch (RuntimeException e) {
                        // one listener's failure must not keep the action from the others (the effects come last)
                        e.printStackTrace();
                        queue.add(new Action.Notify(List.of("Something went wrong on this page: " + e)));
                    }
                }
            }
        } finally {
            dispatching = false;
        }
    }

    /**
     * The settings with a control of their own in the form, where a refused edit is shown beside it; any other (a
     * column's transform, and the layers, edited from the network's + / − as well) is also a notice at the top.
     */
    static final List<String> FORM_KEYS = List.of("data", "n", "noise", "data_seed", "target", "task", "missing", "yscale",
            "split", "val", "test", "split_seed", "loss", "opt", "lr", "decay", "batch", "epochs", "seed", "es", "rlr", "ckpt", "reg");

    @SuppressWarnings("unchecked")
    static State apply(State s, Action a) {
        State.Edit e = s.edit();
        if (a instanceof Action.EngineStarted x) {
            e.runtime = x.runtime();
            e.runtimeChoice = x.choice();
            e.runtimeNote = x.note();
            e.settings = x.settings();
            e.dataset = null; // a new worker holds no table
            e.training = false;
        } else if (a instanceof Action.ShowTab x) {
            e.tab = x.tab();
        } else if (a instanceof Action.SetSpeed x) {
            e.speed = Math.max(0, x.interval());
        } else if (a instanceof Action.ChooseRuntime x) {
            e.runtimeChoice = x.choice();
        } else if (a instanceof Action.CatalogLoaded x) {
            e.catalog = x.catalog();
        } else if (a instanceof Action.DatasetLoaded x) {
            e.dataset = x.dataset();
            e.datasetNote = x.note();
        } else if (a instanceof Action.SpecApplied x) {
            applied(e, x.prepared());
        } else if (a instanceof Action.EditRejected x) {
            e.editError = x;
            e.status = "Not changed: " + x.message();
            if (!FORM_KEYS.contains(x.key())) {
                e.notices = List.of("Your edit " + x.key() + "=" + x.value() + " was not made: " + x.message());
            }
        } else if (a instanceof Action.SpecFailed x) {
            e.notices = List.of(x.message());
            e.status = "Not ready: " + x.message();
        } else if (a instanceof Action.Upload x) {
            e.status = "Reading " + x.fileName() + "…";
        } else if (a instanceof Action.UploadFailed x) {
            e.notices = List.of(x.fileName() + ": " + x.message());
            e.status = "The file could not be used: " + x.message();
        } else if (a instanceof Action.TrainingStarted) {
            e.training = true;
            e.comparison = List.of();
            e.status = "Training…";
        } else if (a instanceof Action.Progress x) {
            progress(e, x.progress());
        } else if (a instanceof Action.Paused) {
            if (e.training) {
                e.status = "Paused.";
            }
            e.training = false;
        } else if (a instanceof Action.Evaluated x) {
            e.evaluation = x.evaluation();
            e.status = "Done" + (s.run.message != null ? ": " + s.run.message : "") + ".";
        } else if (a instanceof Action.Picture x) {
            e.picture = x.picture();
        } else if (a instanceof Action.Opened x) {
            e.opened = x.saved();
            e.savedId = (String) x.saved().get("id");
            e.savedQuery = (String) x.saved().get("spec");
            e.title = String.valueOf(x.saved().get("title"));
        } else if (a instanceof Action.ShowRecorded) {
            showRecorded(e);
        } else if (a instanceof Action.TuneOptions x) {
            e.gridText = x.gridText();
            e.rank = x.rank();
            e.workers = x.workers();
            e.search = x.search();
        } else if (a instanceof Action.GridStarted x) {
            e.grid = x.grid();
            e.notices = List.of();
        } else if (a instanceof Action.GridRow x) {
            e.grid = s.grid.with(x.row());
        } else if (a instanceof Action.GridStopped x) {
            e.grid = s.grid.stopped();
            e.status = x.status();
        } else if (a instanceof Action.SortGrid x) {
            e.grid = s.grid.sortedBy(x.column());
        } else if (a instanceof Action.ShareOptions x) {
            e.title = x.title();
            e.embedSize = x.embedSize();
            e.includeModel = x.includeModel();
            e.includeDataset = x.includeDataset();
        } else if (a instanceof Action.PreviewEmbed) {
            e.previewShown = true;
        } else if (a instanceof Action.PreviewNeuron x) {
            e.preview = x.neuron();
        } else if (a instanceof Action.PinNeuron x) {
            boolean same = e.pinned != null && x.neuron() != null && e.pinned.layer() == x.neuron().layer()
                    && e.pinned.unit() == x.neuron().unit();
            e.pinned = same ? null : x.neuron();
        } else if (a instanceof Action.PictureOption x) {
            if (x.name().equals("test")) {
                e.showTest = x.on();
            } else {
                e.discretize = x.on();
            }
        } else if (a instanceof Action.SaveStarted) {
            e.saving = true;
            e.saveMessage = "Saving…";
        } else if (a instanceof Action.SavedAs x) {
            e.saving = false;
            // credited to the settings sent: if they were changed while saving, the page is not that experiment
            e.savedId = x.spec().equals(s.query()) ? x.id() : null;
            e.savedQuery = x.spec();
            e.shortLink = x.url();
            e.saveMessage = "Saved: ";
            e.status = "Saved as " + x.url() + ".";
        } else if (a instanceof Action.SaveFailed x) {
            e.saving = false;
            e.saveMessage = "Not saved: " + x.message();
            e.status = e.saveMessage;
        } else if (a instanceof Action.ComparedWithRecording x) {
            e.comparison = x.rows();
            boolean identical = true;
            for (State.Compared c : x.rows()) {
                identical &= c.same();
            }
            e.status = identical ? "Re-run finished: every number is identical to the recorded run."
                    : "Re-run finished: some numbers differ from the recorded run (see the table).";
        } else if (a instanceof Action.WeightSet x) {
            e.weightEdits = x.edits();
            e.run = s.run.withTestLoss(x.testLoss());
            e.status = "Weight set to " + x.value() + " (training paused): the picture and the test loss follow it.";
        } else if (a instanceof Action.Reevaluated x) {
            e.evaluation = x.evaluation();
        } else if (a instanceof Action.StartChanged || a instanceof Action.ModelImported) {
            // the next run is not the saved experiment's, though its settings are: this page is no longer that one
            e.savedId = null;
            e.shortLink = null;
            e.saveMessage = "";
            e.status = a instanceof Action.StartChanged x ? x.status() : ((Action.ModelImported) a).status();
            e.importedModel = a instanceof Action.ModelImported x ? x.names() : null;
        } else if (a instanceof Action.WeightsReplayed x) {
            e.weightEdits = x.edits();
        } else if (a instanceof Action.PinRun) {
            if (s.run.history.isEmpty() || s.prepared == null) {
                e.status = "Train first: a pin keeps a run's curves.";
            } else if (s.pins.size() >= Pins.MAX) {
                e.status = "Up to " + Pins.MAX + " pins: remove one first.";
            } else {
                java.util.List<Pins.Pin> pins = new java.util.ArrayList<>(s.pins);
                pins.add(new Pins.Pin(s.nextPin, s.prepared.query, s.prepared.spec, s.run.history));
                e.pins = java.util.Collections.unmodifiableList(pins);
                e.status = "Pinned as pin " + s.nextPin + ": change the settings and train again to compare.";
                e.nextPin = s.nextPin + 1;
            }
        } else if (a instanceof Action.Unpin x) {
            java.util.List<Pins.Pin> pins = new java.util.ArrayList<>(s.pins);
            pins.removeIf(p -> p.number() == x.number());
            e.pins = java.util.Collections.unmodifiableList(pins);
        } else if (a instanceof Action.Say x) {
            e.status = x.status();
        } else if (a instanceof Action.Notify x) {
            e.notices = x.notices();
        } else if (a instanceof Action.ImportNote x) {
            e.importNote = x.text();
        } else if (a instanceof Action.Ready) {
            e.ready = true;
        }
        return e.done();
    }

    /** A new spec: its results start empty, and a saved experiment it no longer matches is no longer shown. */
    private static void applied(State.Edit e, Prepared p) {
        e.prepared = p;
        e.rank = GridSearch.fitRank(e.rank, p.classification); // RMSE means nothing for classes, accuracy nothing for a price
        e.run = Run.NONE;
        e.weightEdits = 0; // a new experiment starts from the spec's weights
        if (!p.startsFromWeights) {
            e.importedModel = null;
            e.importNote = ""; // what an import said no longer holds once runs start otherwise
        }
        e.pinned = null; // a neuron of the old network is not one of this one
        e.preview = null;
        e.training = false;
        e.recorded = false;
        e.evaluation = null;
        e.picture = null;
        e.comparison = List.of();
        e.editError = null;
        List<String> notices = new ArrayList<>();
        for (String ignored : p.ignored) {
            notices.add("From the link: " + ignored + ".");
        }
        if (!p.reset.isEmpty()) {
            notices.add("To fit the new data, these went back to their defaults: " + resetNames(p.reset) + ".");
        }
        if (p.startDropped != null) {
            notices.add("Runs start from fresh weights again: " + p.startDropped + ".");
        }
        if (p.upgraded != null) {
            notices.add(p.upgraded);
        }
        e.notices = notices;
        e.status = "Ready: " + p.task() + " of '" + p.target + "' from " + p.inputs.size() + " inputs; " + p.train
                + " training rows" + (p.startsFromWeights ? "; starting from an earlier run's weights." : ".");
        if (e.savedId != null && !p.query.equals(e.savedQuery)) {
            e.savedId = null; // the settings differ from the saved experiment's: this page is no longer that one
            e.shortLink = null;
            e.saveMessage = "";
        }
    }

    /** "target, column transforms and loss": the reset settings as people call them. */
    static String resetNames(List<String> keys) {
        List<String> names = new ArrayList<>();
        for (String k : keys) {
            String name = switch (k) {
                case "drop", "tf" -> "column transforms";
                case "yscale" -> "target scaling";
                default -> k;
            };
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static void progress(State.Edit e, Map<String, Object> p) {
        e.run = e.run.after(p);
        if (e.run.error != null) {
            e.notices = List.of(e.run.error);
            e.training = false;
            return;
        }
        // the status is a live region: it speaks when something happens (a callback's event, the end), not every
        // epoch — the run bar shows the epoch and the losses as they go
        List<Map<String, Object>> fresh = (List<Map<String, Object>>) p.get("events");
        if (fresh != null) {
            for (Map<String, Object> ev : fresh) {
                if (!"best".equals(ev.get("kind"))) {
                    e.status = "Epoch " + Format.number((Double) ev.get("epoch")) + ": " + ev.get("message") + ".";
                }
            }
        }
        if (e.run.finished) {
            e.training = false;
            if (e.run.diverged) {
                e.notices = List.of(e.run.message);
                e.status = e.run.message;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void showRecorded(State.Edit e) {
        Map<String, Object> results = (Map<String, Object>) e.opened.get("results");
        List<Map<String, Object>> history = results.get("history") instanceof List
                ? (List<Map<String, Object>>) results.get("history") : List.of();
        List<Map<String, Object>> events = results.get("events") instanceof List
                ? (List<Map<String, Object>>) results.get("events") : List.of();
        e.run = Run.recorded(history, events);
        e.evaluation = results.get("evaluation") instanceof Map ? (Map<String, Object>) results.get("evaluation") : null;
        e.recorded = true;
        e.status = history.isEmpty() ? "Saved experiment (settings only): press Re-run or Train."
                : "Saved experiment: " + history.size() + " recorded epochs. Re-run trains it again with the same seed.";
    }
}
