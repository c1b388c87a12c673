package playground.web.embed;

import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.engine.text.Json;
import playground.engine.text.Query;
import playground.web.charts.LossChart;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Datasets;
import playground.web.page.EngineClient;
import playground.web.page.Run;
import playground.web.page.SavedWeights;
import playground.web.page.Status;
import playground.web.page.Tiles;
import playground.web.protocol.Kind;

/**
 * The compact view for iframes: a saved experiment's recorded chart and metrics ({@code /embed/{id}}, whose page
 * names it in {@code <meta name="experiment-id">}), or a spec from the query string ({@code /embed?v=1&…}), with
 * a button that trains it here, in a worker, and a link to the full playground.
 */
public final class EmbedPage implements EngineClient.Training {
    private final LossChart chart = new LossChart(Dom.find("#loss-chart"));
    private Run run = Run.NONE;
    private List<Map<String, Object>> recorded;
    private Map<String, Object> saved;
    private String query = "";
    private EngineClient engine;
    private boolean running;

    public void start() {
        HTMLElement meta = Dom.document().querySelector("meta[name=\"experiment-id\"]");
        if (meta != null) {
            Browser.fetchText("/api/experiments/" + Query.encode(meta.getAttribute("content")), this::showSaved,
                    this::couldNotStart);
        } else {
            query = Browser.query().isEmpty() ? "v=2" : Browser.query();
            Dom.find("#open-full").setAttribute("href", "/?" + query);
            Status.show("Press Run to train this network here, in your browser.");
            ready();
        }
    }

    @SuppressWarnings("unchecked")
    private void showSaved(String json) {
        saved = (Map<String, Object>) Json.parse(json);
        query = (String) saved.get("spec");
        Map<String, Object> results = (Map<String, Object>) saved.get("results");
        Dom.text("#embed-title", (String) saved.get("title"));
        Dom.find("#open-full").setAttribute("href", "/x/" + saved.get("id"));
        recorded = results.get("history") instanceof List ? (List<Map<String, Object>>) results.get("history") : List.of();
        run = Run.recorded(recorded, results.get("events") instanceof List ? (List<Map<String, Object>>) results.get("events")
                : List.of());
        if (results.get("evaluation") instanceof Map) {
            Tiles.render(Dom.find("#tiles"), (Map<?, ?>) results.get("evaluation"));
        }
        Dom.text("#run", "Re-run");
        Status.show(recorded.isEmpty() ? "Not trained yet: press Run."
                : "Recorded: " + recorded.size() + " epochs. Re-run trains it again here, with the same seed.");
        ready();
    }

    private void ready() {
        Dom.text("#embed-spec", describe(query));
        redraw();
        Dom.onClick("#run", e -> run());
        Browser.onResize(this::redraw);
        Dom.publish("ready", "true");
    }

    private void couldNotStart(String message) {
        Status.show("The embed could not start: " + message);
    }

    /** "data xor · layers dense:8:tanh · adam · lr 0.1 · 30 epochs": what the spec trains, in one line. */
    static String describe(String query) {
        String data = "circle";
        String layers = null;
        String opt = null;
        String lr = null;
        String epochs = null;
        for (Query.Pair p : Query.pairs(query)) {
            switch (p.key) {
                case "data" -> data = p.value;
                case "layers" -> layers = p.value;
                case "opt" -> opt = p.value;
                case "lr" -> lr = p.value;
                case "epochs" -> epochs = p.value;
                default -> { }
            }
        }
        StringBuilder sb = new StringBuilder("data " + data);
        if (layers != null) {
            sb.append(" · layers ").append(layers);
        }
        if (opt != null) {
            sb.append(" · ").append(opt);
        }
        if (lr != null) {
            sb.append(" · lr ").append(lr);
        }
        if (epochs != null) {
            sb.append(" · ").append(epochs).append(" epochs");
        }
        return sb.toString();
    }

    /** The chart takes what the rest of the view leaves of the iframe's height (at least 150 px). */
    private void redraw() {
        HTMLElement box = Dom.find("#loss-chart");
        int rest = Dom.document().getBody().getScrollHeight() - box.getOffsetHeight();
        HTMLElement legend = box.querySelector(".u-legend");
        int height = Math.max(150, Math.min(360, Browser.windowHeight() - rest - (legend != null ? legend.getOffsetHeight() : 40) - 12));
        chart.draw(run.history, run.events, height);
        Dom.text("#events", run.marks());
    }

    private void run() {
        if (Dom.busy(button())) {
            return; // preparing: one press is enough
        }
        if (running) {
            engine.pause();
            return;
        }
        Dom.setBusy(button(), true); // busy, not disabled: it keeps focus, and becomes Pause
        if (engine != null) {
            prepareAndTrain();
            return;
        }
        Status.show("Starting the engine…");
        EngineClient e = new EngineClient(Browser.wasmGcSupported() ? "wasm" : "js");
        EngineClient.Failed failed = message -> {
            e.terminate(); // the next Run starts over, data included
            cannotRun(message);
        };
        String id = "circle";
        for (Query.Pair p : Query.pairs(query)) {
            if (p.key.equals("data")) {
                id = p.value;
            }
        }
        Datasets.Loaded loaded = (csv, profile) -> {
            e.onTraining(this);
            engine = e;
            prepareAndTrain();
        };
        if (id.equals("upload")) {
            Map<?, ?> dataset = saved == null ? null : (Map<?, ?>) saved.get("dataset");
            if (dataset == null) {
                failed.failed("this experiment used its author's own CSV, which was not saved with it");
                return;
            }
            e.request(Kind.LOAD_CSV, new Object[] {"upload", dataset.get("csv")}, (profile, ms) -> loaded.loaded(null, null), failed);
        } else {
            String dataId = id;
            Datasets.catalog(catalog -> Datasets.load(e, catalog, dataId, Status::show, loaded, failed), failed);
        }
    }

    private void prepareAndTrain() {
        engine.request(Kind.PREPARE, new Object[] {query}, (prep, ms) -> {
            if (((Map<?, ?>) prep).get("error") != null) {
                cannotRun(String.valueOf(((Map<?, ?>) prep).get("error")));
                return;
            }
            savedWeights((String) ((Map<?, ?>) prep).get("query"), () -> {
                run = Run.NONE;
                redraw();
                running = true;
                Dom.text("#run", "Pause");
                Dom.setBusy(button(), false);
                Status.show("Training…");
                engine.train(0);
            });
        }, this::cannotRun);
    }

    /**
     * A saved experiment's weights beyond its spec — where it started, the weights set by hand — so that a run here
     * reproduces the recording, as the playground's Re-run does; then goes on. A spec embed has none.
     */
    private void savedWeights(String prepared, Runnable then) {
        if (SavedWeights.of(saved) == null) {
            then.run();
            return;
        }
        engine.request(Kind.START_FROM, new Object[] {prepared, SavedWeights.start(saved)}, (started, ms) -> {
            if (((Map<?, ?>) started).get("error") != null) {
                cannotRun(String.valueOf(((Map<?, ?>) started).get("error")));
                return;
            }
            List<Object> edits = SavedWeights.edits(saved);
            if (edits == null || edits.isEmpty()) {
                then.run();
                return;
            }
            engine.request(Kind.REPLAY_EDITS, new Object[] {Json.write(edits)}, (replayed, t) -> {
                if (((Map<?, ?>) replayed).get("error") != null) {
                    cannotRun(String.valueOf(((Map<?, ?>) replayed).get("error")));
                } else {
                    then.run();
                }
            }, this::cannotRun);
        }, this::cannotRun);
    }

    private void cannotRun(String message) {
        Status.show("Cannot run: " + message);
        Dom.setBusy(button(), false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void progress(Map<String, Object> p, double ms) {
        run = run.after(p);
        if (run.error != null) {
            Status.show(run.error);
            return;
        }
        Dom.find("#progress").setAttribute("value", Json.number(run.fraction()));
        Dom.text("#epoch-text", "epoch " + run.epoch + " / " + run.epochs);
        redraw();
        if (run.finished) {
            finish();
        }
    }

    @Override
    public void paused() {
        if (running) {
            running = false;
            Dom.text("#run", "Run again");
            Status.show("Paused.");
        }
    }

    private void finish() {
        running = false;
        Dom.text("#run", "Run again");
        if (run.diverged) {
            Status.show(run.message);
            return;
        }
        engine.request(Kind.EVALUATE, new Object[0], (r, ms) -> {
            Tiles.render(Dom.find("#tiles"), (Map<?, ?>) r);
            StringBuilder text = new StringBuilder("Done" + (run.message != null ? ": " + run.message : "") + ".");
            if (recorded != null) {
                text.append(sameLosses(recorded) ? " Same numbers as the recorded run."
                        : " The numbers differ from the recorded run.");
            }
            Dom.publish("trained", "true");
            Status.show(text.toString());
        }, this::cannotRun);
    }

    private boolean sameLosses(List<Map<String, Object>> recorded) {
        if (recorded.size() != run.history.size()) {
            return false;
        }
        for (int i = 0; i < recorded.size(); i++) {
            if (!recorded.get(i).get("loss").equals(run.history.get(i).get("loss"))) {
                return false;
            }
        }
        return true;
    }

    private static HTMLButtonElement button() {
        return (HTMLButtonElement) Dom.find("#run");
    }
}
