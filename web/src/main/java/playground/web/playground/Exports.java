package playground.web.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.engine.text.Json;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.EngineClient;
import playground.web.protocol.Kind;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Results panel's downloads: the training log as Keras's CSVLogger writes it, the trained model (the JSON that
 * {@code predict} loads), the test rows' predictions, the charts as PNG, and the grid's table.
 */
final class Exports implements Store.Listener {
    interface Model {
        void model(Map<String, Object> model);
    }

    private final Store store;
    private final Effects effects;

    Exports(Store store, Effects effects) {
        this.store = store;
        this.effects = effects;
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!(a instanceof Action.Export x)) {
            return;
        }
        switch (x.what()) {
            case "log" -> {
                if (s.run.history.isEmpty()) {
                    notice("Train first: the log is empty.");
                } else {
                    boolean rate = playground.engine.text.KerasCsv.logsRate(s.prepared.spec.get("rlr"), s.prepared.spec.get("decay"));
                    Browser.download("training-log.csv", csvLog(s.run.history, rate), "text/csv");
                }
            }
            case "model" -> model(m -> Browser.download("model.json", Json.write(m), "application/json"),
                    message -> notice("Model export: " + message));
            case "tfjs" -> fromEngine(Kind.TFJS_EXPORT, new Object[0], "TensorFlow.js export: ",
                    zip -> Browser.downloadBase64("model-tfjs.zip", zip, "application/zip"));
            case "keras" -> fromEngine(Kind.KERAS_SCRIPT, dataSource(s), "Keras script: ",
                    script -> Browser.download("experiment_keras.py", script, "text/x-python"));
            case "predictions" -> fromEngine(Kind.PREDICTIONS_CSV, new Object[0], "",
                    csv -> Browser.download("predictions.csv", csv, "text/csv"));
            case "charts" -> charts();
            case "grid" -> Browser.download("grid-results.csv", s.grid.csv(s.prepared != null && s.prepared.classification), "text/csv");
            default -> throw new IllegalArgumentException("nothing to export as '" + x.what() + "'");
        }
    }

    /**
     * Where the Keras script reads the data, and a line saying so: the user's file by name; a catalog dataset at its
     * canonical address (the insurance data's pinned URL, a classic at this site's API).
     */
    private static Object[] dataSource(State s) {
        if (s.dataset != null && s.dataset.fileName != null) {
            return new Object[] {s.dataset.fileName, "your file, " + s.dataset.fileName + " (give its path with --data)"};
        }
        String id = s.prepared == null ? "" : s.prepared.spec.get("data");
        Map<String, Object> entry = playground.web.page.Datasets.entry(s.catalog, id);
        if (entry != null && entry.get("url") instanceof String url) {
            return new Object[] {url, entry.get("name") + ", from its canonical URL; --data reads a local copy"};
        }
        String url = Browser.origin() + "/api/datasets/" + playground.engine.text.Query.encode(id) + "/csv";
        return new Object[] {url, "the '" + id + "' dataset, as this playground serves it; --data reads a local copy"};
    }

    /** A text file the worker makes (a reply starting "{" is its error, said after {@code what}), then saved. */
    private void fromEngine(Kind kind, Object[] args, String what, java.util.function.Consumer<String> save) {
        effects.engine().request(kind, args, (r, ms) -> {
            String text = (String) r;
            if (text.startsWith("{")) {
                notice(what + ((Map<?, ?>) Json.parse(text)).get("error"));
            } else {
                save.accept(text);
            }
        }, this::notice);
    }

    private void notice(String text) {
        store.dispatch(new Action.Notify(List.of(text)));
    }

    /**
     * Keras's CSVLogger ({@link playground.engine.text.KerasCsv}): epoch counted from 0, the log's keys sorted,
     * {@code learning_rate} only when the run reduces or schedules its rate ({@code rate}).
     */
    static String csvLog(List<Map<String, Object>> history, boolean rate) {
        List<String> columns = playground.engine.text.KerasCsv.columns(history.get(0).keySet(), rate);
        StringBuilder sb = new StringBuilder(playground.engine.text.KerasCsv.header(columns));
        for (Map<String, Object> h : history) {
            Map<String, Double> values = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Object> e : h.entrySet()) {
                if (e.getValue() instanceof Double d) {
                    values.put(e.getKey(), d);
                }
            }
            sb.append(playground.engine.text.KerasCsv.row(Math.round((Double) h.get("epoch")) - 1, columns, values));
        }
        return sb.toString();
    }

    /** The trained model, its parameters decoded from the worker's exact bits ("0x…") into numbers. */
    @SuppressWarnings("unchecked")
    void model(Model done, EngineClient.Failed failed) {
        effects.engine().request(Kind.MODEL_JSON, new Object[0], (r, ms) -> {
            Map<String, Object> model = (Map<String, Object>) Json.parse((String) r);
            if (model.get("error") != null) {
                failed.failed((String) model.get("error"));
                return;
            }
            for (Map<String, Object> p : (List<Map<String, Object>>) model.get("params")) {
                List<Object> values = new ArrayList<>();
                for (Object hex : (List<Object>) p.get("values")) {
                    values.add(bits((String) hex));
                }
                p.put("values", values);
            }
            done.model(model);
        }, failed);
    }

    /** "0x3ff0000000000000" → 1.0. */
    static double bits(String hex) {
        long b = 0;
        for (int i = 2; i < hex.length(); i++) {
            b = (b << 4) | Character.digit(hex.charAt(i), 16);
        }
        return Double.longBitsToDouble(b);
    }

    private static void charts() {
        String[][] charts = {{"loss", "#loss-chart canvas"}, {"heatmap", "#heatmap"}, {"network", "#network"},
            {"predicted-vs-actual", "#scatter"}, {"residuals", "#residuals"}};
        for (String[] c : charts) {
            HTMLElement canvas = Dom.document().querySelector(c[1]);
            if (canvas != null && !hiddenInside(canvas)) {
                Browser.downloadPng(canvas, c[0] + ".png");
            }
        }
    }

    @org.teavm.jso.JSBody(params = "e", script = "return !!e.closest('[hidden]');")
    private static native boolean hiddenInside(HTMLElement e);
}
