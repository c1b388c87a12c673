package playground.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.engine.data.Column;
import playground.engine.data.Csv;
import playground.engine.data.Features;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ExperimentResult;
import playground.engine.experiment.StartWeights;
import playground.engine.learn.LearnTraining;
import playground.engine.nn.Summary;
import playground.engine.spec.Edits;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.LayerSpec;
import playground.engine.text.Json;
import playground.engine.text.Numbers;
import playground.engine.text.Tokens;
import playground.engine.train.EpochLog;
import playground.engine.train.Event;

/**
 * What a training worker holds: the loaded table and the current experiment. Every method takes and returns text
 * (JSON, or a URL query for specs), so the worker's message protocol is the same in the JavaScript and the
 * WebAssembly build and can be tested on the JVM. Failures come back as {@code {"error": "..."}} with the engine's
 * own sentence, never as exceptions across the worker boundary.
 */
public final class Session {
    private Table table;
    private String tableId = "";
    private Experiment experiment;
    private int eventsSent;
    private boolean stepFailed;
    private playground.engine.train.TrainingRun bench;
    /**
     * The workspace's starting weights when not the spec's own (a remix of a trained run, a saved experiment's
     * start): every experiment the workspace prepares starts from them while they fit its network.
     */
    private StartWeights start;
    /** The random search or Hyperband this worker drives for the page (its trials train on other workers), or null. */
    private SearchDriver search;

    /** Parses CSV text (in the worker, off the page thread) and keeps it as the current table. */
    public String loadCsv(String id, String text) {
        try {
            table = Csv.parse(text);
            tableId = id;
            // the experiment prepared before stays: it holds its own rows, and a refused edit keeps training it
            return Profile.of(table);
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    /** Generates a synthetic 2-D set and keeps it as the current table. */
    public String loadSynthetic(String name, int n, double noise, long seed) {
        try {
            table = Synthetic.table(name, n, noise, seed);
            tableId = name + ":" + n + ":" + noise + ":" + seed;
            return Profile.of(table);
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    /**
     * Builds the experiment a URL query describes on the current table (a synthetic spec generates its table): the
     * canonical query, what was ignored, the task, features, split sizes and the model summary. A link always gives
     * a working experiment if its dataset is loaded: settings that do not fit the data (an unknown target column, a
     * loss of the other task) fall back to their defaults, group by group, and each fallback is listed as ignored.
     */
    public String prepare(String query) {
        ExperimentSpec.Decoded d = ExperimentSpec.fromQuery(query);
        List<String> ignored = new ArrayList<>(d.ignored);
        ExperimentSpec spec = d.spec;
        IllegalArgumentException first = null;
        int next = 0;
        while (true) {
            try {
                return adopt(build(spec), spec, ignored, List.of());
            } catch (IllegalArgumentException e) {
                if (first == null) {
                    first = e;
                }
                // the next group that differs from its defaults is taken to be what does not fit: it falls back
                List<String> dropped = new ArrayList<>();
                while (dropped.isEmpty() && next < FALLBACKS.size()) {
                    for (String k : FALLBACKS.get(next)) {
                        String fallback = playground.engine.spec.Settings.find(k).defaultValue;
                        if (!spec.get(k).equals(fallback)) {
                            dropped.add(k + "=" + spec.get(k));
                            spec = spec.with(k, fallback);
                        }
                    }
                    next++;
                }
                if (dropped.isEmpty()) {
                    return error(first); // nothing left to fall back from (the dataset itself is not loaded)
                }
                ignored.add("ignored " + String.join(", ", dropped) + ": " + e.getMessage());
            }
        }
    }

    /** What a link falls back from, in turn, while it does not fit its data: the columns, the task, the rest. */
    private static final List<List<String>> FALLBACKS = List.of(List.of("target", "drop", "tf", "features"),
            List.of("task", "loss", "yscale"), List.of("missing", "layers", "opt", "lr", "decay", "batch", "es", "rlr", "ckpt",
                    "split", "val", "test"));

    /**
     * A user's edit of the spec {@code base}: {@code changes} (key=value&…) applied in order, each checked at once,
     * with what depends on a new dataset or target back at its defaults ({@link Edits}). A bad value or a spec that
     * does not fit the data is {"rejected": {key, value, message}} and leaves the current experiment as it was, so
     * that what trains is always what the page shows; otherwise the prepared experiment, with "reset": the keys the
     * edit put back to their defaults.
     */
    public String edit(String base, String changes) {
        Edits.Result r;
        try {
            // an edit of an earlier version's link rewrites it in the newest version, its formulas spelled out
            r = Edits.apply(ExperimentSpec.fromQuery(base).spec.current(), changes);
        } catch (Edits.Rejected e) {
            return rejected(e.key, e.value, e.getMessage());
        }
        Experiment built = null;
        if (!r.spec.get("features").equals(Features.DEFAULT) && !r.spec.get("data").equals(ExperimentSpec.fromQuery(base).spec.get("data"))) {
            // the features of a 2-D set follow it to another 2-D set, as in TensorFlow Playground; a table has none
            try {
                built = build(r.spec);
            } catch (IllegalArgumentException e) {
                List<String> reset = new ArrayList<>(r.reset);
                reset.add("features");
                r = new Edits.Result(r.spec.with("features", Features.DEFAULT), reset);
            }
        }
        try {
            return adopt(built != null ? built : build(r.spec), r.spec, List.of(), r.reset);
        } catch (IllegalArgumentException e) {
            // blamed on the last change that changed something: a column's edit sends drop and tf and moves one of
            // them; "data=u&target=x" names the target to fit the new data, so the target is what did not fit
            ExperimentSpec was = ExperimentSpec.fromQuery(base).spec.current();
            List<playground.engine.text.Query.Pair> pairs = playground.engine.text.Query.pairs(changes);
            for (int i = pairs.size() - 1; i >= 0; i--) {
                playground.engine.text.Query.Pair p = pairs.get(i);
                if (playground.engine.spec.Settings.find(p.key) != null && !was.get(p.key).equals(r.spec.get(p.key))) {
                    return rejected(p.key, p.value, e.getMessage());
                }
            }
            return pairs.isEmpty() ? error(e) : rejected(pairs.get(0).key, pairs.get(0).value, e.getMessage());
        }
    }

    private static String rejected(String key, String value, String message) {
        return "{\"rejected\":{\"key\":" + Json.quote(key) + ",\"value\":" + Json.quote(value) + ",\"message\":"
                + Json.quote(message) + "}}";
    }

    /**
     * The experiment {@code spec} describes on the current table (a synthetic spec generates its table first). The
     * current experiment is untouched: a spec that cannot be built throws, and what was prepared stays prepared.
     */
    private Experiment build(ExperimentSpec spec) {
        Table t = tableOf(spec);
        Experiment e = Experiment.prepare(spec, t, null, List.of());
        if (t != table) { // a generated table becomes the current one only once the experiment on it builds
            table = t;
            tableId = syntheticId(spec);
        }
        return e;
    }

    /** The table a spec trains on: the loaded one, or a synthetic set's (generated when it is not the current one). */
    private Table tableOf(ExperimentSpec spec) {
        String data = spec.get("data");
        if (Synthetic.isSynthetic(data)) {
            return syntheticId(spec).equals(tableId) ? table
                    : Synthetic.table(data, spec.integer("n"), spec.number("noise"), spec.seed("data_seed"));
        }
        if (table == null || !data.equals(tableId)) {
            throw new IllegalArgumentException("the dataset '" + data + "' is not loaded yet");
        }
        return table;
    }

    private static String syntheticId(ExperimentSpec spec) {
        return spec.get("data") + ":" + spec.integer("n") + ":" + spec.number("noise") + ":" + spec.seed("data_seed");
    }

    /**
     * Makes {@code e} the current experiment and describes it for the page; it starts from the workspace's starting
     * weights while they fit its network, and when they no longer do the reply says so and they are let go.
     */
    private String adopt(Experiment e, ExperimentSpec spec, List<String> ignored, List<String> reset) {
        String startDropped = null;
        if (start != null) {
            try {
                e.startFrom(start);
            } catch (IllegalArgumentException x) {
                startDropped = "the starting weights no longer fit the network (" + x.getMessage() + ")";
                start = null;
            }
        }
        return describe(e, spec, ignored, reset, startDropped);
    }

    private String describe(Experiment e, ExperimentSpec spec, List<String> ignored, List<String> reset, String startDropped) {
        experiment = e;
        eventsSent = 0;
        stepFailed = false;
        String data = spec.get("data");
        StringBuilder sb = new StringBuilder("{\"query\":").append(Json.quote(spec.toQuery()));
        // the values as they train (an earlier version's formulas spelled out): what the controls show and edit
        ExperimentSpec now = spec.current();
        sb.append(",\"spec\":{");
        int k = 0;
        for (Map.Entry<String, String> v : now.values().entrySet()) {
            sb.append(k++ == 0 ? "" : ",").append(Json.quote(v.getKey())).append(':').append(Json.quote(v.getValue()));
        }
        sb.append('}');
        sb.append(",\"version\":").append(spec.version());
        if (spec.version() != now.version()) {
            sb.append(",\"upgraded\":").append(Json.quote(upgradeNote(spec, now)));
        }
        sb.append(",\"rate\":").append(Json.number(Experiment.learningRate(spec)));
        sb.append(",\"layers\":").append(Layers.json(now.get("layers")));
        sb.append(",\"ignored\":").append(strings(ignored));
        sb.append(",\"reset\":").append(strings(reset));
        sb.append(",\"task\":").append(Json.quote(e.classification ? "classification" : "regression"));
        sb.append(",\"target\":").append(Json.quote(e.target));
        sb.append(",\"features\":").append(strings(e.features));
        sb.append(",\"columns\":").append(columnTransforms(spec));
        sb.append(",\"parts\":").append(parts(now));
        sb.append(",\"inputs\":").append(strings(e.preprocessor.outputNames()));
        sb.append(",\"classes\":").append(strings(e.classes));
        sb.append(",\"split\":{\"train\":").append(e.split.train.length).append(",\"test\":")
                .append(e.split.test.length).append(",\"val\":").append(e.split.val.length).append('}');
        sb.append(",\"dropped\":").append(table.rows() - e.split.train.length - e.split.test.length - e.split.val.length);
        sb.append(",\"rows\":").append(table.rows());
        sb.append(",\"epochs\":").append(e.run.epochs());
        sb.append(",\"batches\":").append(e.run.batches());
        sb.append(",\"picture\":").append(Picture.applies(e));
        sb.append(",\"plane\":").append(e.plane != null); // a 2-D set: its inputs are features of x1 and x2
        sb.append(",\"summary\":").append(Summary.of(e.network).toJson());
        sb.append(",\"start\":").append(Json.quote(e.start() != null ? "weights" : "spec"));
        if (startDropped != null) {
            sb.append(",\"start_dropped\":").append(Json.quote(startDropped));
        }
        if (Synthetic.isSynthetic(data)) {
            sb.append(",\"profile\":").append(Profile.of(table)); // the page cannot fetch a generated set
        }
        return sb.append('}').toString();
    }

    /**
     * What an earlier version's link means in today's words: "This link is in version 1 of the settings: it trains
     * with version 1's formulas, written today as opt=momentum:0.9:ema, lr=0.01. An edit rewrites it in version 2."
     */
    private static String upgradeNote(ExperimentSpec old, ExperimentSpec now) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> v : now.values().entrySet()) {
            if (!v.getValue().equals(old.get(v.getKey()))) {
                changed.add(v.getKey() + "=" + v.getValue());
            }
        }
        return "This link is in version " + old.version() + " of the settings: it trains with version " + old.version()
                + "'s formulas" + (changed.isEmpty() ? ", which are today's for its settings"
                        : ", written today as " + String.join(", ", changed))
                + ". An edit rewrites it in version " + now.version() + ".";
    }

    /** Exactly the spec a query describes (a grid's point, a teaching view): no fallbacks; null when it cannot be built. */
    private String prepareExactly(String query) {
        ExperimentSpec.Decoded d = ExperimentSpec.fromQuery(query);
        try {
            return describe(build(d.spec), d.spec, d.ignored, List.of(), null); // from the spec's own weights
        } catch (IllegalArgumentException e) {
            experiment = null;
            return error(e);
        }
    }

    /**
     * A teaching view that trains on the dataset a spec query names: "dead-relu" (dead ReLU share per layer after
     * every epoch), "curves" (training and validation loss per epoch, for the regularization and batch views), "deep" (the
     * curves and each layer's gradient norm, for the residual view), "thresholds" (precision and recall at every
     * threshold, for the imbalance view) or "range-test" (the
     * learning-rate range test; {@code extra} is "min:max:steps").
     */
    public String learnTrain(String kind, String query, String extra) {
        String prep = prepareExactly(query);
        if (experiment == null) {
            return prep;
        }
        try {
            if (kind.equals("dead-relu")) {
                return Json.write(LearnTraining.deadRelus(experiment));
            }
            if (kind.equals("curves")) {
                return Json.write(LearnTraining.curves(experiment));
            }
            if (kind.equals("deep")) {
                return Json.write(LearnTraining.deep(experiment));
            }
            if (kind.equals("thresholds")) {
                return Json.write(LearnTraining.thresholds(experiment));
            }
            if (kind.equals("range-test")) {
                List<String> p = Tokens.split(extra, ':');
                if (p.size() != 3) {
                    throw new IllegalArgumentException("the range test needs min:max:steps, not '" + extra + "'");
                }
                return Json.write(LearnTraining.rangeTest(experiment, Numbers.parse(p.get(0)),
                        Numbers.parse(p.get(1)), Integer.parseInt(p.get(2))));
            }
            throw new IllegalArgumentException("unknown training view '" + kind + "'");
        } catch (NumberFormatException e) {
            return error(new IllegalArgumentException("the range test needs numbers min:max:steps, not '" + extra + "'"));
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    /** Trains one mini-batch ("batch") or up to the end of the current epoch ("epoch"); reports progress. */
    public String step(String what) {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        try {
            if (what.equals("batch")) {
                experiment.run.stepBatch();
            } else {
                experiment.run.stepEpoch();
            }
            stepFailed = false;
            if (experiment.run.finished()) {
                experiment.replayRest(); // a replayed log's edits made after the last batch
            }
            return progress();
        } catch (IllegalArgumentException e) {
            stepFailed = true;
            return error(e);
        }
    }

    /**
     * Sets one weight of the current experiment by hand ({@link Experiment#setWeight}): {"edits": the log so far} or
     * {"rejected": {key "weight", value, message}}, the weights then as they were.
     */
    public String setWeight(int layer, int row, int unit, String value) {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        try {
            double v;
            try {
                v = Numbers.parse(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not a number");
            }
            experiment.setWeight(layer, row, unit, v);
            double t = experiment.testLoss();
            return "{\"edits\":" + edits() + ",\"test_loss\":" + (Double.isNaN(t) ? "null" : Json.number(t)) + "}";
        } catch (IllegalArgumentException e) {
            return rejected("weight", value, e.getMessage());
        }
    }

    /** The current experiment's weight edits: [{epoch, batch, layer, row, unit, value}...]. */
    public String edits() {
        StringBuilder sb = new StringBuilder("[");
        if (experiment != null) {
            for (Experiment.WeightEdit e : experiment.edits()) {
                sb.append(sb.length() == 1 ? "" : ",").append("{\"epoch\":").append(e.epoch()).append(",\"batch\":").append(e.batch())
                        .append(",\"layer\":").append(e.layer()).append(",\"row\":").append(e.row()).append(",\"unit\":")
                        .append(e.unit()).append(",\"value\":").append(Json.number(e.value())).append('}');
            }
        }
        return sb.append(']').toString();
    }

    /**
     * Sets where the workspace's runs start and prepares the current spec afresh from there: "spec" (its own
     * initial weights), "trained" (the current network's weights as they are now: a remix trains on from them),
     * or starting weights as JSON ({@link StartWeights}). {@code query} is the spec the page shows: when the
     * current experiment is another (an edit is on its way), nothing changes and the reply says so, so "trained"
     * never takes the wrong network's weights. The reply is the prepared experiment, as for {@link #prepare}; a
     * start that cannot be read or does not fit is an error and changes nothing.
     */
    public String startFrom(String query, String what) {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        if (!experiment.spec.toQuery().equals(ExperimentSpec.fromQuery(query).spec.toQuery())) {
            return error(new IllegalArgumentException("the settings changed meanwhile: press it again"));
        }
        StartWeights w;
        Experiment e;
        try {
            w = what.equals("spec") ? null : what.equals("trained") ? StartWeights.of(experiment.network) : StartWeights.parse(what);
            e = build(experiment.spec);
            if (w != null) {
                e.startFrom(w);
            }
        } catch (RuntimeException x) { // a garbled start: a specific message, the experiment as it was
            return error(new IllegalArgumentException(refusal(what) + x.getMessage()));
        }
        start = w;
        return describe(e, e.spec, List.of(), List.of(), null);
    }

    private static String refusal(String what) {
        return what.equals("trained") ? "these weights cannot be trained on from: " : "the starting weights cannot be used: ";
    }

    /**
     * The weights the spec cannot derive, as a saved experiment carries them: {"start": "spec" or the starting
     * weights ({@link StartWeights#toJson}), "edits": the log of weights set by hand ({@link #edits})}.
     */
    public String weights() {
        StartWeights w = experiment == null ? null : experiment.start();
        return "{\"start\":" + (w == null ? "\"spec\"" : w.toJson()) + ",\"edits\":" + edits() + "}";
    }

    /** Replays a saved log of weight edits (JSON as {@link #edits}) on the experiment just prepared. */
    @SuppressWarnings("unchecked")
    public String replayEdits(String log) {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        try {
            List<Experiment.WeightEdit> edits = new ArrayList<>();
            for (Object o : (List<Object>) Json.parse(log)) {
                Map<String, Object> m = (Map<String, Object>) o;
                edits.add(new Experiment.WeightEdit(whole(m, "epoch"), whole(m, "batch"), whole(m, "layer"), whole(m, "row"),
                        whole(m, "unit"), ((Number) m.get("value")).doubleValue()));
            }
            experiment.replay(edits);
            return "{\"edits\":" + edits.size() + "}";
        } catch (RuntimeException e) { // a garbled log: a specific message, the experiment as prepared
            return error(new IllegalArgumentException("the saved weight edits cannot be replayed: " + e.getMessage()));
        }
    }

    private static int whole(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number) || ((Number) v).doubleValue() != Math.rint(((Number) v).doubleValue())) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number");
        }
        return ((Number) v).intValue();
    }

    /** Whether stepping on is pointless: nothing is prepared, the last step failed, or the run has finished. */
    public boolean trainingOver() {
        return experiment == null || stepFailed || experiment.run.finished();
    }

    /** The epoch counter, the last epoch's log, the events not reported yet, and whether training is over. */
    private String progress() {
        List<EpochLog> logs = experiment.run.history().logs();
        StringBuilder sb = new StringBuilder("{\"epoch\":").append(experiment.run.epoch());
        sb.append(",\"epochs\":").append(experiment.run.epochs());
        sb.append(",\"log\":");
        if (logs.isEmpty()) {
            sb.append("null");
        } else {
            EpochLog l = logs.get(logs.size() - 1);
            sb.append("{\"epoch\":").append(l.epoch);
            for (Map.Entry<String, Double> e : l.values().entrySet()) {
                sb.append(',').append(Json.quote(e.getKey())).append(':').append(Json.number(e.getValue()));
            }
            sb.append('}');
        }
        sb.append(",\"events\":[");
        List<Event> events = experiment.run.history().events();
        for (int i = eventsSent; i < events.size(); i++) {
            Event e = events.get(i);
            sb.append(i == eventsSent ? "" : ",").append("{\"epoch\":").append(e.epoch).append(",\"kind\":")
                    .append(Json.quote(e.kind.name().toLowerCase())).append(",\"message\":").append(Json.quote(e.message))
                    .append('}');
        }
        eventsSent = events.size();
        double testLoss = experiment.testLoss();
        sb.append("],\"test_loss\":").append(Double.isNaN(testLoss) ? "null" : Json.number(testLoss));
        // the weights' regularization penalty now: what of the loss is not the data's (0 without reg)
        sb.append(",\"penalty\":").append(Json.number(experiment.network.penalty()));
        sb.append(",\"batch\":").append(experiment.run.batch()).append(",\"batches\":").append(experiment.run.batches());
        sb.append(",\"finished\":").append(experiment.run.finished());
        sb.append(",\"diverged\":").append(experiment.run.history().diverged());
        String message = experiment.run.history().stopMessage();
        sb.append(",\"message\":").append(message == null ? "null" : Json.quote(message));
        return sb.append('}').toString();
    }

    /**
     * Metrics on train, test and validation rows in the target's units, plus what the result charts need: the test
     * rows' actual and predicted values (regression) or the confusion matrix (classification).
     */
    public String evaluate() {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        ExperimentResult r = experiment.evaluate();
        String json = r.toJson();
        StringBuilder sb = new StringBuilder(json.substring(0, json.length() - 1));
        int[] rows = experiment.split.test.length > 0 ? experiment.split.test : experiment.split.train;
        if (!experiment.classification) {
            double[] p = experiment.predict(rows);
            Column target = experiment.table.column(experiment.target);
            StringBuilder actual = new StringBuilder();
            StringBuilder predicted = new StringBuilder();
            for (int i = 0; i < rows.length; i++) {
                actual.append(i == 0 ? "" : ",").append(Json.number(target.numbers[rows[i]]));
                predicted.append(i == 0 ? "" : ",").append(Json.number(p[i]));
            }
            sb.append(",\"actual\":[").append(actual).append("],\"predicted\":[").append(predicted).append(']');
            sb.append(",\"residuals\":").append(residualHistogram(target, rows, p));
        }
        return sb.append('}').toString();
    }

    /**
     * For experiments on two numeric features: the output heatmap ({@code res}² cells), the points, and the
     * network drawing's weights and neuron thumbnails ({@code thumbRes}² cells); {"none": true} otherwise.
     */
    public String picture(int res, int thumbRes) {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        if (!Picture.applies(experiment)) {
            return "{\"none\":true}";
        }
        return Picture.of(experiment, Math.max(2, Math.min(res, 200)), Math.max(2, Math.min(thumbRes, 64)));
    }

    /**
     * The grid's points as URL queries on top of {@code baseQuery}, validated before anything runs, and the trainings
     * they need: groups of points that differ only in epochs (indices into the queries), longest first, each trained
     * once by {@link #runSharingEpochs}.
     */
    public String grid(String baseQuery, String gridText) {
        try {
            playground.engine.experiment.Grid g = playground.engine.experiment.Grid.parse(gridText);
            List<ExperimentSpec> points = g.expand(ExperimentSpec.fromQuery(baseQuery).spec);
            List<String> queries = new ArrayList<>();
            for (ExperimentSpec s : points) {
                queries.add(s.toQuery());
            }
            List<List<Integer>> groups = new ArrayList<>(playground.engine.experiment.Grid.sameButEpochs(points));
            // the longest trainings first, so the last to finish are short and the workers stay busy
            groups.sort((a, b) -> Integer.compare(longestEpochs(b, points), longestEpochs(a, points)));
            StringBuilder sb = new StringBuilder("{\"keys\":").append(strings(g.settingKeys())).append(",\"queries\":")
                    .append(strings(queries)).append(",\"groups\":[");
            for (int i = 0; i < groups.size(); i++) {
                sb.append(i == 0 ? "[" : ",[");
                for (int j = 0; j < groups.get(i).size(); j++) {
                    sb.append(j == 0 ? "" : ",").append(groups.get(i).get(j));
                }
                sb.append(']');
            }
            return sb.append("]}").toString();
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    private static int longestEpochs(List<Integer> group, List<ExperimentSpec> points) {
        int most = 0;
        for (int i : group) {
            most = Math.max(most, points.get(i).integer("epochs"));
        }
        return most;
    }

    /**
     * One grid point end to end on the current table (a synthetic spec generates its own): its query, its settings,
     * epochs run, and the test and validation metrics. A failing point reports its error, so the grid goes on.
     */
    public String run(String query) {
        String prep = prepareExactly(query);
        if (experiment == null) {
            return prep;
        }
        experiment.train();
        return gridRow(experiment.evaluate());
    }

    /**
     * Grid points that differ only in epochs ({@code queries}, one per line), trained once, to the longest cap
     * ({@link Experiment#runSharingEpochs}), on the current table: {"rows": [each as {@link #run} gives it]}, in
     * their order. A run that fails is a row with its error ({"query", "error"}), as {@link Experiment#runSharingEpochs}
     * decides which fail; a spec that cannot be prepared fails them all, with its reason.
     */
    public String runSharingEpochs(String queries) {
        try {
            List<ExperimentSpec> specs = new ArrayList<>();
            for (String q : Tokens.split(queries, '\n')) {
                specs.add(ExperimentSpec.fromQuery(q).spec);
            }
            if (specs.isEmpty()) {
                throw new IllegalArgumentException("no grid points to run");
            }
            StringBuilder sb = new StringBuilder("{\"rows\":[");
            List<Experiment.Shared> results = Experiment.runSharingEpochs(specs, tableOf(specs.get(0)), null);
            for (int i = 0; i < results.size(); i++) {
                Experiment.Shared r = results.get(i);
                sb.append(i == 0 ? "" : ",").append(r.result != null ? gridRow(r.result)
                        : "{\"query\":" + Json.quote(specs.get(i).toQuery()) + ",\"error\":" + Json.quote(r.error) + "}");
            }
            return sb.append("]}").toString();
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    /**
     * Starts a random search or Hyperband over {@code spaceText} on top of {@code baseQuery} ({@link SearchDriver#start}
     * for the options) and answers its plan and first round of trial messages; a search started before is dropped.
     */
    public String searchStart(String baseQuery, String spaceText, String options) {
        search = null;
        try {
            SearchDriver d = SearchDriver.start(ExperimentSpec.fromQuery(baseQuery).spec, spaceText, options);
            String plan = d.plan();
            search = d;
            return plan;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return error(new IllegalArgumentException(e.getMessage()));
        }
    }

    /** The current search's round, reported ({@link SearchDriver#report}): the next round, empty when it is over. */
    public String searchReport(String resultsJson) {
        if (search == null) {
            return error(new IllegalArgumentException("no search is under way"));
        }
        try {
            return search.report(resultsJson);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return error(new IllegalArgumentException(e.getMessage()));
        }
    }

    /**
     * Trains one trial message ({@link playground.engine.experiment.Trial#toJson}) on this worker's table: {"id",
     * "score", "weights", "error", "row"}, the row as the Tune panel's table shows it. A trial that fails is a
     * result with its error, so the search goes on.
     */
    public String runTrial(String trialJson) {
        try {
            return SearchDriver.run(trialJson, this::tableOf);
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    static String gridRow(ExperimentResult r) {
        StringBuilder sb = new StringBuilder("{\"query\":").append(Json.quote(r.spec.toQuery()));
        sb.append(",\"spec\":{");
        int k = 0;
        for (Map.Entry<String, String> e : r.spec.values().entrySet()) {
            sb.append(k++ == 0 ? "" : ",").append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
        }
        sb.append("},\"epochs_run\":").append(r.history().epochs()).append(",\"diverged\":").append(r.history().diverged());
        sb.append(",\"test\":").append(Json.write(r.test)).append(",\"val\":").append(Json.write(r.val));
        return sb.append('}').toString();
    }

    /** The trained model as a model file, weights as exact hex bits (see {@link playground.engine.experiment.ModelFile}). */
    public String modelJson() {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        return playground.engine.experiment.ModelFile.of(experiment).toJson(true);
    }

    /**
     * The trained model in TensorFlow.js's Layers format, as a zip ({@link playground.engine.experiment.TfjsModel#archive}:
     * the trained model at the top, the starting weights in initial/), base64-encoded for the text boundary.
     */
    public String tfjsExport() {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        try {
            playground.engine.experiment.ModelFile trained = playground.engine.experiment.ModelFile.of(experiment);
            String query = experiment.spec.toQuery();
            byte[] zip = playground.engine.experiment.TfjsModel.archive(playground.engine.experiment.TfjsModel.write(trained, query),
                    playground.engine.experiment.TfjsModel.write(trained.withWeights(experiment.initialWeights()), query));
            return playground.engine.text.Base64.encode(zip);
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    /** The Keras 3 script of the experiment ({@link playground.engine.experiment.KerasScript}); the data read from {@code location}. */
    public String kerasScript(String location, String note) {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        return playground.engine.experiment.KerasScript.of(experiment,
                new playground.engine.experiment.KerasScript.Source(location, note)).text();
    }

    /**
     * Reads a TensorFlow.js model from the files a person chose ({"name": base64, …}: model.json and its weights, or
     * a zip): its hidden layers in the spec's words, its inputs and outputs, the experiment its metadata names (or
     * null), whether it carries preprocessing, its parameter count, and its weights as a start ({@link StartWeights}).
     */
    public String importTfjs(String filesJson) {
        try {
            Object parsed = Json.parse(filesJson);
            if (!(parsed instanceof Map)) {
                throw new IllegalArgumentException("no files were chosen");
            }
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            for (Map.Entry<?, ?> f : ((Map<?, ?>) parsed).entrySet()) {
                files.put(String.valueOf(f.getKey()), playground.engine.text.Base64.decode(String.valueOf(f.getValue())));
            }
            playground.engine.experiment.TfjsModel.Imported m = playground.engine.experiment.TfjsModel.readFiles(files);
            playground.engine.nn.Summary summary = playground.engine.nn.Summary.of(m.model().network);
            List<LayerSpec> all = m.model().spec.layers;
            if (all.get(all.size() - 1).type != LayerSpec.Type.DENSE) {
                throw new IllegalArgumentException("its last layer is " + all.get(all.size() - 1).toText() + "; a playground model ends"
                        + " in its Dense output layer");
            }
            StringBuilder sb = new StringBuilder("{\"layers\":").append(Json.quote(m.hiddenLayers()))
                    .append(",\"output\":").append(Json.quote(all.get(all.size() - 1).toText()))
                    .append(",\"inputs\":").append(m.model().spec.inputSize)
                    .append(",\"outputs\":").append(m.model().network.outputSize())
                    .append(",\"params\":").append(summary.total)
                    .append(",\"experiment\":").append(m.experiment() == null ? "null" : Json.quote(m.experiment()))
                    .append(",\"preprocessing\":").append(m.hasPreprocessing())
                    .append(",\"start\":").append(Json.quote(StartWeights.of(m.model().network).toJson()));
            return sb.append('}').toString();
        } catch (IllegalArgumentException e) {
            return error(new IllegalArgumentException("The model cannot be imported: " + e.getMessage()));
        } catch (RuntimeException e) { // whatever a hostile file provokes, the page gets a message, not a stack
            return error(new IllegalArgumentException("The model cannot be imported: its files are not in the form TensorFlow.js writes"));
        }
    }

    /** The test rows' predictions as CSV: row (0-based, in the loaded data), actual, and prediction or probabilities. */
    public String predictionsCsv() {
        if (experiment == null) {
            return error(new IllegalArgumentException("no experiment is prepared"));
        }
        int[] rows = experiment.split.test.length > 0 ? experiment.split.test : experiment.split.train;
        double[] p = experiment.predict(rows);
        Column target = experiment.table.column(experiment.target);
        StringBuilder sb = new StringBuilder("row,").append(experiment.target);
        if (experiment.classification) {
            sb.append(",predicted");
            for (String c : experiment.classes) {
                sb.append(",p_").append(c);
            }
        } else {
            sb.append(",predicted");
        }
        sb.append('\n');
        int k = experiment.classification ? experiment.classes.size() : 1;
        for (int i = 0; i < rows.length; i++) {
            sb.append(rows[i]).append(',').append(target.text(rows[i]));
            if (experiment.classification) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    best = p[i * k + j] > p[i * k + best] ? j : best;
                }
                sb.append(',').append(experiment.classes.get(best));
                for (int j = 0; j < k; j++) {
                    sb.append(',').append(Json.number(p[i * k + j]));
                }
            } else {
                sb.append(',').append(Json.number(p[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Sets up a reference workload ({@link playground.engine.workload.BenchmarkRun}) for the benchmark page. */
    public String benchPrepare(String model) {
        try {
            // "name:reference" trains with the triple loops the blocked kernels replaced (the benchmark's reference)
            boolean reference = model.endsWith(":reference");
            model = reference ? model.substring(0, model.length() - ":reference".length()) : model;
            playground.engine.math.Kernels.useReference(reference);
            bench = playground.engine.workload.BenchmarkRun.create(model);
            return "{\"rows\":" + playground.engine.workload.BenchmarkRun.ROWS + ",\"batch\":"
                    + playground.engine.workload.BenchmarkRun.batchSize(model) + ",\"flopsPerSample\":"
                    + Json.number(playground.engine.workload.BenchmarkRun.flopsPerSample(model)) + "}";
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    /** The scalar peak loop, {@code iterations} × {@link playground.engine.workload.ScalarPeak#FLOPS_PER_ITERATION} FLOPs (the page times it). */
    public String benchPeak(int iterations) {
        double sum = playground.engine.workload.ScalarPeak.run(iterations);
        return "{\"flops\":" + Json.number((double) iterations * playground.engine.workload.ScalarPeak.FLOPS_PER_ITERATION)
                + ",\"sum\":" + Json.number(sum) + "}";
    }

    /** One epoch of the benchmark workload (the page times it). */
    public String benchEpoch() {
        bench.stepEpoch();
        return "{\"loss\":" + Json.number(bench.history().lastLoss()) + "}";
    }

    /** A named preset's URL query ({"query": ...}), so the page's buttons use the engine's definitions. */
    public String preset(String name) {
        try {
            return "{\"query\":" + Json.quote(playground.engine.spec.Presets.experiment(name).toQuery())
                    + ",\"grid\":" + Json.quote(playground.engine.spec.Presets.grid(name)) + "}";
        } catch (IllegalArgumentException e) {
            return error(e);
        }
    }

    /**
     * Each column of the table with what the spec does to it: "target", "drop", a transform's id, or "auto" (the
     * engine's choice), so that the page shows the spec's drop and tf lists without parsing them.
     */
    private String columnTransforms(ExperimentSpec spec) {
        java.util.Set<String> dropped = new java.util.HashSet<>(ExperimentSpec.commaList(spec.get("drop")));
        Map<String, playground.engine.data.Preprocessor.Kind> kinds = ExperimentSpec.transforms(spec.get("tf"));
        StringBuilder sb = new StringBuilder("{");
        for (String name : table.names()) {
            String t = name.equals(experiment.target) ? "target" : dropped.contains(name) ? "drop"
                    : kinds.containsKey(name) ? kinds.get(name).id() : "auto";
            sb.append(sb.length() == 1 ? "" : ",").append(Json.quote(name)).append(':').append(Json.quote(t));
        }
        return sb.append('}').toString();
    }

    /**
     * The settings written in the grammar as their parts, every parameter filled in (the page's selects, switches
     * and number boxes show these): {"loss": ["huber", "1"], "opt": ["adam", "0.9", "0.999"], "es": [], …}.
     */
    private static String parts(ExperimentSpec spec) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        String loss = spec.get("loss");
        m.put("loss", loss.equals("auto") ? List.of("auto") : playground.engine.spec.Ids.LOSSES.parts(loss));
        m.put("opt", playground.engine.spec.Ids.OPTIMIZERS.parts(spec.get("opt")));
        m.put("decay", playground.engine.spec.Ids.SCHEDULES.parts(spec.get("decay")));
        m.put("reg", playground.engine.spec.Ids.REGULARIZERS.parts(spec.get("reg")));
        for (String k : List.of("es", "rlr", "ckpt")) {
            m.put(k, playground.engine.spec.Callbacks.parts(k, spec.get(k)));
        }
        return Json.write(m);
    }

    /** The current table's profile again (after a reload of the page's view). */
    public String profile() {
        return table == null ? error(new IllegalArgumentException("no dataset is loaded")) : Profile.of(table);
    }

    /** Residuals (actual − predicted) of the given rows in 20 equal bins: {"min", "max", "counts"}. */
    private static String residualHistogram(Column target, int[] rows, double[] predicted) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] r = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            r[i] = target.numbers[rows[i]] - predicted[i];
            lo = Math.min(lo, r[i]);
            hi = Math.max(hi, r[i]);
        }
        int bins = 20;
        int[] counts = new int[bins];
        for (double v : r) {
            int b = hi > lo ? (int) ((v - lo) / (hi - lo) * bins) : 0;
            counts[Math.min(b, bins - 1)]++;
        }
        StringBuilder sb = new StringBuilder("{\"min\":").append(Json.number(lo)).append(",\"max\":").append(Json.number(hi))
                .append(",\"counts\":[");
        for (int b = 0; b < bins; b++) {
            sb.append(b == 0 ? "" : ",").append(counts[b]);
        }
        return sb.append("]}").toString();
    }

    static String strings(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(Json.quote(v));
        }
        return "[" + String.join(",", quoted) + "]";
    }

    static String error(IllegalArgumentException e) {
        return "{\"error\":" + Json.quote(e.getMessage()) + "}";
    }
}
