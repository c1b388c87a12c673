package playground.engine.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import playground.engine.activation.Activation;
import playground.engine.data.Column;
import playground.engine.data.Features;
import playground.engine.data.Preprocessor;
import playground.engine.data.Split;
import playground.engine.data.Table;
import playground.engine.data.TargetScaler;
import playground.engine.loss.Loss;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Network;
import playground.engine.optim.Optimizer;
import playground.engine.spec.Callbacks;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Ids;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.train.BatchMetric;
import playground.engine.train.Callback;
import playground.engine.train.Metrics;
import playground.engine.train.TrainingRun;

/**
 * A whole experiment from a spec and a table: missing values, split, preprocessing fitted on the training rows,
 * the model (the spec's hidden layers plus an output layer that fits the task), training with the spec's
 * callbacks and validation data, and evaluation on train, test and validation in the target's own units.
 */
public final class Experiment {
    public final ExperimentSpec spec;
    public final boolean classification;
    public final String target;
    public final List<String> features;
    /**
     * For a 2-D set (columns x1, x2 and the target): the features the inputs are made of, from the raw coordinates
     * (the table holds x1, x2 and a column per other feature); null for any other table.
     */
    public final List<Features.Feature> plane;
    public final List<String> classes; // classification: sorted class names
    public final Table table;          // after dropping rows with missing values (when missing=drop)
    public final Split split;          // indices into table
    public final Preprocessor preprocessor;
    public final TargetScaler targetScaler;
    public final ModelSpec model;
    public final Network network;
    public final TrainingRun run;
    private final double[] yAll;       // network targets of every table row (scaled, or one-hot)
    private double[] testX;            // the test rows' inputs and targets, made on the first testLoss()
    private double[] testY;
    private Loss testLoss;
    /** The weights the user set by hand, in order, each where the run was; and a log being replayed. */
    private final List<WeightEdit> edits = new ArrayList<>();
    private List<WeightEdit> replaying = List.of();
    private int replayed;
    /** Where the weights started when not from the spec's initializer (a remix, an imported model); else null. */
    private StartWeights start;
    /** The spec's initial weights, as drawn (the start of an export's initial/ model). */
    private final StartWeights initial;
    /** The largest |weight| an edit may set: beyond it a tanh or sigmoid only saturates. */
    public static final double MAX_EDITED_WEIGHT = 1000;

    /**
     * A weight set by hand: the kernel entry (row, unit) of the {@code layer}-th Dense layer of the network's top
     * level (1 = the first hidden layer, as the diagram's columns), at the run's position then (finished epochs,
     * batches done in the next one). Weights the spec cannot derive travel as the log of these.
     */
    public record WeightEdit(int epoch, int batch, int layer, int row, int unit, double value) { }

    private Experiment(ExperimentSpec given, Table data, Split explicit, List<Callback> extra) {
        this.spec = given;
        // what trains is the spec in the newest version's words: an earlier version's formulas spelled out
        ExperimentSpec spec = given.current();
        this.target = spec.get("target").isEmpty() ? data.names().get(data.names().size() - 1) : spec.get("target");
        Column targetColumn = data.column(target);
        List<Features.Feature> chosen = Features.parse(spec.get("features"));
        boolean planar = Features.isPlane(data, target);
        if (!planar && !spec.get("features").equals(Features.DEFAULT)) {
            throw new IllegalArgumentException("setting 'features': this dataset is not a 2-D set (features are made from"
                    + " the columns x1 and x2, and it has " + String.join(", ", data.names()) + ")");
        }
        this.plane = planar ? Collections.unmodifiableList(chosen) : null;
        Table source = planar ? Features.add(data, chosen) : data;
        String task = spec.get("task");
        this.classification = task.equals("auto") ? !targetColumn.numeric : task.equals("classification");
        if (!classification && !targetColumn.numeric) {
            throw new IllegalArgumentException("the target '" + target + "' holds text, so the task must be classification");
        }
        Set<String> dropped = new HashSet<>(ExperimentSpec.commaList(spec.get("drop")));
        List<String> feats = new ArrayList<>();
        if (planar && !spec.get("features").equals(Features.DEFAULT)) { // the chosen features, in the spec's order
            for (Features.Feature f : chosen) {
                if (!dropped.contains(f.id)) {
                    feats.add(f.id);
                }
            }
        } else {
            for (String name : source.names()) {
                if (!name.equals(target) && !dropped.contains(name)) {
                    feats.add(name);
                }
            }
        }
        if (feats.isEmpty()) {
            throw new IllegalArgumentException("no feature columns: every column but the target was dropped");
        }
        this.features = Collections.unmodifiableList(feats);

        // Rows: drop those with a missing target always, with any missing feature when missing=drop.
        List<String> required = new ArrayList<>();
        required.add(target);
        if (spec.get("missing").equals("drop")) {
            required.addAll(feats);
        }
        int[] kept = source.completeRows(required);
        if (kept.length < 3) {
            throw new IllegalArgumentException("only " + kept.length + " rows have no missing values; try missing=impute");
        }
        this.table = kept.length == source.rows() ? source : source.select(kept);
        this.split = explicit != null ? remap(explicit, kept, source.rows()) : makeSplit(spec, table.rows());

        Map<String, Preprocessor.Kind> kinds = ExperimentSpec.transforms(spec.get("tf"));
        this.preprocessor = Preprocessor.fit(table, split.train, feats, kinds);
        int outputs;
        if (classification) {
            classes = classNames(table.column(target));
            if (classes.size() < 2) {
                throw new IllegalArgumentException("the target '" + target + "' has only one class");
            }
            outputs = classes.size();
            yAll = new double[table.rows() * outputs];
            for (int r = 0; r < table.rows(); r++) {
                yAll[r * outputs + classes.indexOf(table.column(target).text(r))] = 1;
            }
            targetScaler = TargetScaler.none();
        } else {
            classes = List.of();
            outputs = 1;
            double[] y = table.column(target).numbers;
            String yscale = spec.get("yscale");
            targetScaler = yscale.equals("standardize") ? TargetScaler.fit(y, split.train)
                    : yscale.equals("log") ? TargetScaler.log(y) : TargetScaler.none();
            yAll = new double[y.length];
            for (int r = 0; r < y.length; r++) {
                yAll[r] = targetScaler.forward(y[r]);
            }
        }
        List<LayerSpec> layers = new ArrayList<>(LayerSpec.parseList(spec.get("layers")));
        layers.add(LayerSpec.dense(outputs, classification ? Activation.SOFTMAX : Activation.LINEAR));
        this.model = new ModelSpec(preprocessor.width(), layers);
        Rng rng = new Rng(spec.seed("seed"));
        this.network = model.build(rng.split()).withPenalty(Ids.penalty(spec.get("reg")));
        Loss loss = Ids.loss(spec.get("loss").equals("auto") ? (classification ? "cce" : "mse") : spec.get("loss"));
        Optimizer opt = Ids.optimizer(spec.get("opt"), learningRate(spec)).withSchedule(Ids.schedule(spec.get("decay")));
        double[] xTrain = preprocessor.transform(table, split.train);
        this.run = new TrainingRun(network, loss, opt, xTrain, rows(split.train), split.train.length, spec.integer("batch"),
                spec.integer("epochs"), rng.split())
                .withMetric(classification ? BatchMetric.ACCURACY : BatchMetric.MAE);
        if (split.val.length > 0) {
            run.withValidation(preprocessor.transform(table, split.val), rows(split.val), split.val.length);
        }
        for (String key : new String[] {"ckpt", "rlr", "es"}) {
            Callback c = Callbacks.parse(key, spec.get(key));
            if (c != null) {
                run.withCallback(c);
            }
        }
        for (Callback c : extra) {
            run.withCallback(c);
        }
        run.beforeEachBatch(this::applyDue);
        this.initial = StartWeights.of(network);
    }

    /** The weights before training: the spec's initializer's draw, or the start set by {@link #startFrom}. */
    public StartWeights initialWeights() {
        return start != null ? start : initial;
    }

    /** The spec's learning rate; unset, its optimizer's own default (Keras's). */
    public static double learningRate(ExperimentSpec spec) {
        ExperimentSpec now = spec.current();
        String lr = now.get("lr");
        return lr.isEmpty() ? Ids.defaultRate(now.get("opt")) : playground.engine.text.Numbers.parse(lr);
    }

    /**
     * Starts the run from {@code w} instead of the spec's initial weights (every tensor, BatchNorm's moving
     * statistics too; the optimizer starts fresh, as Keras's does on a new {@code fit}). Only before the first
     * batch and before any weight is set by hand, so that the start and the edit log replay in one order; a start
     * that does not fit the network is refused with the reason and nothing changes.
     */
    public void startFrom(StartWeights w) {
        if (run.epoch() != 0 || run.batch() != 0 || !edits.isEmpty()) {
            throw new IllegalArgumentException("starting weights are set before training and before any weight is set by hand");
        }
        w.applyTo(network);
        start = w;
    }

    /** The weights the run started from when not the spec's own, else null. */
    public StartWeights start() {
        return start;
    }

    /** The top-level Dense layers, the diagram's columns after the inputs. */
    private List<Dense> denseLayers() {
        List<Dense> out = new ArrayList<>();
        for (playground.engine.nn.Layer l : network.layers()) {
            if (l instanceof Dense) {
                out.add((Dense) l);
            }
        }
        return out;
    }

    /**
     * Sets one weight now (no training step; the optimizer's state is left as it is, so a replay is bit-identical)
     * and logs it. A NaN, infinite or absurd value, or a weight that does not exist, is refused with the reason and
     * nothing changes.
     */
    public WeightEdit setWeight(int layer, int row, int unit, double value) {
        check(layer, row, unit, value);
        Dense d = denseLayers().get(layer - 1);
        WeightEdit e = new WeightEdit(run.epoch(), run.batch(), layer, row, unit, value);
        d.kernel().value[row * d.units + unit] = value;
        edits.add(e);
        return e;
    }

    /** Throws, saying why, unless (row, unit) is a weight of Dense layer {@code layer} and {@code value} may be set. */
    private void check(int layer, int row, int unit, double value) {
        List<Dense> dense = denseLayers();
        if (layer < 1 || layer > dense.size()) {
            throw new IllegalArgumentException("there is no Dense layer " + layer + " (the network has " + dense.size() + ")");
        }
        Dense d = dense.get(layer - 1);
        int in = d.kernel().shape[0];
        if (row < 0 || row >= in || unit < 0 || unit >= d.units) {
            throw new IllegalArgumentException("Dense layer " + layer + " has no weight (" + row + ", " + unit + "): its kernel is "
                    + in + " × " + d.units);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a weight must be a finite number, not " + value);
        }
        if (Math.abs(value) > MAX_EDITED_WEIGHT) {
            throw new IllegalArgumentException("a weight of " + playground.engine.text.Numbers.format(value)
                    + " is absurd: keep it within ±" + playground.engine.text.Numbers.format(MAX_EDITED_WEIGHT));
        }
    }

    /** The weights set by hand so far, in order. */
    public List<WeightEdit> edits() {
        return Collections.unmodifiableList(edits);
    }

    /**
     * Replays a log of weight edits: each is applied when the run reaches its position (before the batch that
     * followed it), those due now at once; what is left when the run ends is applied at its end.
     */
    public void replay(List<WeightEdit> log) {
        // the whole log is checked first: a bad or out-of-order entry refuses all of it, and nothing is applied
        for (int i = 0; i < log.size(); i++) {
            WeightEdit e = log.get(i);
            try {
                check(e.layer(), e.row(), e.unit(), e.value());
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException("edit " + (i + 1) + ": " + x.getMessage());
            }
            WeightEdit before = i == 0 ? null : log.get(i - 1);
            if (e.epoch() < 0 || e.batch() < 0 || before != null && (e.epoch() < before.epoch()
                    || e.epoch() == before.epoch() && e.batch() < before.batch())) {
                throw new IllegalArgumentException("edit " + (i + 1) + " is out of order: the log follows the run");
            }
        }
        replaying = List.copyOf(log);
        replayed = 0;
        applyDue(run.epoch(), run.batch());
    }

    private void applyDue(int epoch, int batch) {
        while (replayed < replaying.size()) {
            WeightEdit e = replaying.get(replayed);
            if (e.epoch() > epoch || e.epoch() == epoch && e.batch() > batch) {
                return;
            }
            setWeight(e.layer(), e.row(), e.unit(), e.value());
            replayed++;
        }
    }

    /** Applies the edits of a replayed log that came after the run's last batch (call once it has finished). */
    public void replayRest() {
        applyDue(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Prepares an experiment; call {@link #train()} (or step {@link #run}) and then {@link #evaluate()}. */
    public static Experiment prepare(ExperimentSpec spec, Table table, Split explicitSplit, List<Callback> extra) {
        return new Experiment(spec, table, explicitSplit, extra);
    }

    /** Prepares, trains and evaluates. */
    public static ExperimentResult runToEnd(ExperimentSpec spec, Table table, Split explicitSplit, List<Callback> extra) {
        Experiment e = prepare(spec, table, explicitSplit, extra);
        e.train();
        return e.evaluate();
    }

    public void train() {
        run.run();
        replayRest();
    }

    /** Metrics on every non-empty part of the split, with the network as it is now. */
    public ExperimentResult evaluate() {
        return evaluateAs(spec);
    }

    private ExperimentResult evaluateAs(ExperimentSpec as) {
        return new ExperimentResult(this, as, metrics(split.train), metrics(split.test), metrics(split.val));
    }

    /** One run's part of a shared training: its result, or why it failed (then {@code result} is null). */
    public static final class Shared {
        public final ExperimentResult result;
        public final String error;

        Shared(ExperimentResult result, String error) {
            this.result = result;
            this.error = error;
        }
    }

    /**
     * Experiments that differ only in {@code epochs} ({@link Grid#sameButEpochs}), trained once: the longest runs
     * and each shorter one's result is taken at its cap, with its end-of-training actions (best-checkpoint and
     * early-stopping restores) applied to the weights as they were then ({@link TrainingRun#asIfEnded}) — exactly
     * what it gives on its own, since nothing in a run depends on its total epoch count: learning-rate schedules
     * count optimizer steps, callbacks look back at the epochs done. A run that stopped (early, or diverged) by a
     * cap is that cap's result as it is. A failure in an epoch fails that cap and the longer ones, as alone they
     * would fail there too; a failure in a cap's end actions or evaluation fails that cap only. Results come in the
     * order of {@code group}; a failure to prepare (the spec itself) is thrown, as it would fail every run.
     *
     * <p>Each result's {@code experiment} is the shared one, whose network holds the longest run's weights: read a
     * shared result's metrics, history and events, not its network (a grid row needs nothing more).
     */
    public static List<Shared> runSharingEpochs(List<ExperimentSpec> group, Table table, Split explicitSplit) {
        ExperimentSpec longest = group.get(0);
        for (ExperimentSpec s : group) {
            if (!s.with("epochs", "0").equals(longest.with("epochs", "0"))) {
                throw new IllegalArgumentException("runs that share their training differ only in epochs: " + s.toQuery()
                        + " and " + longest.toQuery() + " differ in more");
            }
            if (s.integer("epochs") > longest.integer("epochs")) {
                longest = s;
            }
        }
        Experiment e = prepare(longest, table, explicitSplit, List.of());
        List<ExperimentSpec> byCap = new ArrayList<>(group);
        byCap.sort((a, b) -> Integer.compare(a.integer("epochs"), b.integer("epochs")));
        Map<ExperimentSpec, Shared> results = new java.util.HashMap<>();
        String failedInEpoch = null;
        for (ExperimentSpec s : byCap) {
            if (failedInEpoch == null) {
                try {
                    int cap = s.integer("epochs");
                    while (!e.run.finished() && e.run.epoch() < cap) {
                        e.run.stepEpoch();
                    }
                } catch (RuntimeException x) {
                    failedInEpoch = String.valueOf(x.getMessage());
                }
            }
            if (failedInEpoch != null) {
                results.put(s, new Shared(null, failedInEpoch));
                continue;
            }
            try {
                results.put(s, new Shared(e.run.finished() ? e.evaluateAs(s) : e.run.asIfEnded(() -> e.evaluateAs(s)), null));
            } catch (RuntimeException x) {
                results.put(s, new Shared(null, String.valueOf(x.getMessage())));
            }
        }
        List<Shared> out = new ArrayList<>();
        for (ExperimentSpec s : group) {
            out.add(results.get(s));
        }
        return out;
    }

    /** Predictions for rows of the table, in the target's units (regression) or class probabilities. */
    public double[] predict(int[] tableRows) {
        double[] out = network.predict(preprocessor.transform(table, tableRows), tableRows.length);
        if (!classification) {
            for (int i = 0; i < out.length; i++) {
                out[i] = targetScaler.inverse(out[i]);
            }
        }
        return out;
    }

    private Map<String, Double> metrics(int[] rows) {
        if (rows.length == 0) {
            return null;
        }
        double[] pred = predict(rows);
        if (classification) {
            int[] actual = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                actual[i] = classes.indexOf(table.column(target).text(rows[i]));
            }
            return Metrics.classification(pred, actual, classes.size());
        }
        double[] actual = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            actual[i] = table.column(target).numbers[rows[i]];
        }
        return Metrics.regression(pred, actual);
    }

    /**
     * The training loss on the test rows as the network is now (inference mode), NaN without test rows: what
     * TensorFlow Playground shows beside the training loss while it trains. Not part of the Keras log.
     */
    public double testLoss() {
        if (split.test.length == 0) {
            return Double.NaN;
        }
        if (testX == null) { // the test rows' inputs and targets are the same every epoch: made once
            testX = preprocessor.transform(table, split.test);
            testY = targets(split.test);
            testLoss = loss();
        }
        return network.evaluate(testX, testY, split.test.length, testLoss);
    }

    /** The confusion matrix on the given rows (classification). */
    public int[][] confusion(int[] rows) {
        double[] p = predict(rows);
        int k = classes.size();
        int[] predicted = new int[rows.length];
        int[] actual = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            predicted[i] = BatchMetric.argmax(p, i * k, k);
            actual[i] = classes.indexOf(table.column(target).text(rows[i]));
        }
        return Metrics.confusion(predicted, actual, k);
    }

    /** The network's targets (scaled, or one-hot) of these table rows, row-major. */
    public double[] targets(int[] idx) {
        return rows(idx);
    }

    /** The loss the run trains with (the spec's, or MSE / categorical cross-entropy for "auto"). */
    public Loss loss() {
        return Ids.loss(spec.get("loss").equals("auto") ? (classification ? "cce" : "mse") : spec.get("loss"));
    }

    private double[] rows(int[] idx) {
        int w = classification ? classes.size() : 1;
        double[] out = new double[idx.length * w];
        for (int i = 0; i < idx.length; i++) {
            System.arraycopy(yAll, idx[i] * w, out, i * w, w);
        }
        return out;
    }

    private static List<String> classNames(Column c) {
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < c.size(); r++) {
            if (!c.isMissing(r)) {
                seen.add(c.text(r));
            }
        }
        List<String> names = new ArrayList<>(seen);
        Collections.sort(names);
        return names;
    }

    private static Split makeSplit(ExperimentSpec spec, int n) {
        double val = spec.number("val");
        double test = spec.number("test");
        long seed = spec.seed("split_seed");
        return spec.get("split").equals("tail") ? Split.tail(n, val, test, seed) : Split.shuffled(n, val, test, seed);
    }

    /** Explicit indices refer to the source rows; rows dropped for missing values are left out. */
    private static Split remap(Split s, int[] kept, int sourceRows) {
        int[] newIndex = new int[sourceRows];
        java.util.Arrays.fill(newIndex, -1);
        for (int i = 0; i < kept.length; i++) {
            newIndex[kept[i]] = i;
        }
        return new Split(remapList(s.train, newIndex), remapList(s.test, newIndex), remapList(s.val, newIndex));
    }

    private static int[] remapList(int[] rows, int[] newIndex) {
        int[] out = new int[rows.length];
        int k = 0;
        for (int r : rows) {
            if (newIndex[r] >= 0) {
                out[k++] = newIndex[r];
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
