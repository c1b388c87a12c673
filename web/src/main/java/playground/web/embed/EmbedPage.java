package playground.web.embed;

import java.util.ArrayList;
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
    private List<Map<String, Object>> history = new ArrayList<>();
    private List<Map<String, Object>> events = new ArrayList<>();
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
            query = Browser.query().isEmpty() ? "v=1" : Browser.query();
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
        if (results.get("history") instanceof List) {
            history = new ArrayList<>((List<Map<String, Object>>) results.get("history"));
        }
        if (results.get("events") instanceof List) {
            events = new ArrayList<>((List<Map<String, Object>>) results.get("events"));
        }
        if (results.get("evaluation") instanceof Map) {
            Tiles.render(Dom.find("#tiles"), (Map<?, ?>) results.get("evaluation"));
        }
        Dom.text("#run", "Re-run");
        Status.show(history.isEmpty() ? "Not trained yet: press Run."
                : "Recorded: " + history.size() + " epochs. Re-run trains it again here, with the same seed.");
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
        chart.draw(history, events, height);
        StringBuilder marks = new StringBuilder();
        for (Map<String, Object> e : events) {
            if (!"best".equals(e.get("kind"))) {
                marks.append(marks.length() == 0 ? "" : " · ").append("epoch ").append(integer(e.get("epoch")))
                        .append(": ").append(e.get("message"));
            }
        }
        Dom.text("#events", marks.toString());
    }

    private void run() {
        if (running) {
            engine.pause();
            return;
        }
        button().setDisabled(true);
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
        Datasets.Loaded loaded = () -> {
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
            e.request(Kind.LOAD_CSV, new Object[] {"upload", dataset.get("csv")}, (profile, ms) -> loaded.loaded(), failed);
        } else {
            String dataId = id;
            Datasets.catalog(catalog -> Datasets.load(e, catalog, dataId, loaded, failed), failed);
        }
    }

    private void prepareAndTrain() {
        engine.request(Kind.PREPARE, new Object[] {query}, (prep, ms) -> {
            history = new ArrayList<>();
            events = new ArrayList<>();
            redraw();
            running = true;
            Dom.text("#run", "Pause");
            button().setDisabled(false);
            Status.show("Training…");
            engine.train();
        }, this::cannotRun);
    }

    private void cannotRun(String message) {
        Status.show("Cannot run: " + message);
        button().setDisabled(false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void progress(Map<String, Object> p, double ms) {
        if (p.get("error") != null) {
            Status.show((String) p.get("error"));
            return;
        }
        Map<String, Object> log = (Map<String, Object>) p.get("log");
        if (log != null && (history.isEmpty() || !history.get(history.size() - 1).get("epoch").equals(log.get("epoch")))) {
            history.add(log);
        }
        events.addAll((List<Map<String, Object>>) p.get("events"));
        double epochs = (Double) p.get("epochs");
        Dom.find("#progress").setAttribute("value", Json.number(epochs > 0 ? (Double) p.get("epoch") / epochs : 0));
        Dom.text("#epoch-text", "epoch " + integer(p.get("epoch")) + " / " + integer(p.get("epochs")));
        redraw();
        if (Boolean.TRUE.equals(p.get("finished"))) {
            finish(p);
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

    @SuppressWarnings("unchecked")
    private void finish(Map<String, Object> p) {
        running = false;
        Dom.text("#run", "Run again");
        if (Boolean.TRUE.equals(p.get("diverged"))) {
            Status.show((String) p.get("message"));
            return;
        }
        engine.request(Kind.EVALUATE, new Object[0], (r, ms) -> {
            Tiles.render(Dom.find("#tiles"), (Map<?, ?>) r);
            StringBuilder text = new StringBuilder("Done" + (p.get("message") != null ? ": " + p.get("message") : "") + ".");
            Object recorded = saved == null ? null : ((Map<String, Object>) saved.get("results")).get("history");
            if (recorded instanceof List) {
                text.append(sameLosses((List<Map<String, Object>>) recorded) ? " Same numbers as the recorded run."
                        : " The numbers differ from the recorded run.");
            }
            Dom.publish("trained", "true");
            Status.show(text.toString());
        }, this::cannotRun);
    }

    private boolean sameLosses(List<Map<String, Object>> recorded) {
        if (recorded.size() != history.size()) {
            return false;
        }
        for (int i = 0; i < recorded.size(); i++) {
            if (!recorded.get(i).get("loss").equals(history.get(i).get("loss"))) {
                return false;
            }
        }
        return true;
    }

    private static HTMLButtonElement button() {
        return (HTMLButtonElement) Dom.find("#run");
    }

    private static String integer(Object v) {
        return Json.number((Double) v);
    }
}
