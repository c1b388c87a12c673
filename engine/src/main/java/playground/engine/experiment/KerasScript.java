package playground.engine.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import playground.engine.activation.Activation;
import playground.engine.data.Column;
import playground.engine.data.Features;
import playground.engine.data.Preprocessor;
import playground.engine.nn.Init;
import playground.engine.nn.Penalty;
import playground.engine.optim.Adagrad;
import playground.engine.optim.Adam;
import playground.engine.optim.LrSchedule;
import playground.engine.optim.Momentum;
import playground.engine.optim.Optimizer;
import playground.engine.optim.RmsProp;
import playground.engine.spec.Callbacks;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Ids;
import playground.engine.spec.LayerSpec;
import playground.engine.text.Numbers;

/**
 * A Python script that rebuilds an experiment in Keras 3: the data (the catalog's URL, the user's file, or a 2-D
 * set's points written into the script), the same preprocessing (scikit-learn's ColumnTransformer with the
 * engine's column order), the split as explicit row indices, the model with the TF.js export's layer names, compile,
 * the callbacks, fit, and the evaluation the page shows in the target's units.
 *
 * <p>It reproduces the setup, not the bits: Keras draws its own initial weights (in float32), so its numbers agree
 * statistically. {@code --initial-weights DIR/model.json} loads the exported starting weights instead. Run with
 * {@code --features-only OUT_DIR}, it stops after the preprocessing and writes the three feature matrices as CSV
 * (needs only pandas and scikit-learn): the tests compare them with the engine's.
 */
public final class KerasScript {
    /** Where the script reads the data: a URL or a file name, with a line saying where it comes from. */
    public record Source(String location, String note) { }

    private final String text;

    private KerasScript(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The script of a prepared experiment ({@code source} is ignored for 2-D sets, whose points are written in). */
    public static KerasScript of(Experiment e, Source source) {
        ExperimentSpec spec = e.spec.current();
        StringBuilder py = new StringBuilder();
        line(py, "\"\"\"Backprop Playground experiment, rebuilt in Keras 3.");
        line(py, "");
        line(py, "Experiment: " + (spec.toQuery()));
        line(py, "");
        line(py, "What this reproduces: the data, the preprocessing (fitted on the training rows), the exact train/test/");
        line(py, "validation rows, the model, its compile settings, callbacks and fit. Keras draws its own initial weights,");
        line(py, "in float32, so its numbers agree with the playground's statistically, not bit for bit; run with");
        line(py, "--initial-weights DIR/initial/model.json (from 'train --save-tfjs DIR' or the page's TensorFlow.js export)");
        line(py, "to start from the playground's own initial weights.");
        line(py, "");
        line(py, "Usage: python3 this.py [--data PATH_OR_URL] [--initial-weights model.json] [--features-only OUT_DIR]");
        line(py, "Needs: pandas, scikit-learn, and (unless --features-only) keras>=3 with a backend.");
        line(py, "\"\"\"");
        line(py, "import argparse, io, json, os, sys");
        line(py, "import numpy as np");
        line(py, "import pandas as pd");
        line(py, "from sklearn.compose import ColumnTransformer");
        line(py, "from sklearn.pipeline import make_pipeline");
        line(py, "from sklearn.impute import SimpleImputer");
        line(py, "from sklearn.preprocessing import FunctionTransformer, MinMaxScaler, OneHotEncoder, StandardScaler");
        line(py, "");
        line(py, "parser = argparse.ArgumentParser()");
        boolean planar = e.plane != null;
        line(py, "parser.add_argument(\"--data\", default=" + (planar ? "None" : pyString(source.location())) + ")");
        line(py, "parser.add_argument(\"--initial-weights\", default=None)");
        line(py, "parser.add_argument(\"--features-only\", default=None)");
        line(py, "args = parser.parse_args()");
        line(py, "");
        line(py, "# ---- data");
        if (planar) {
            line(py, "# The 2-D set '" + spec.get("data") + "' (n=" + spec.get("n") + ", noise=" + spec.get("noise") + ", data_seed="
                    + spec.get("data_seed") + "), as the playground generated it:");
            line(py, "DATA = \"\"\"" + planarCsv(e) + "\"\"\"");
            line(py, "df = pd.read_csv(io.StringIO(DATA), dtype=" + textColumns(e, false) + ")");
            for (Features.Feature f : e.plane) {
                String expr = featureExpression(f);
                if (expr != null) {
                    line(py, "df[" + pyString(f.id) + "] = " + expr);
                }
            }
        } else {
            line(py, "# " + source.note());
            line(py, "# the playground's missing cells: these words in any case, and empty ones");
            line(py, "MISSING = [\"\", \"NA\", \"na\", \"N/A\", \"n/a\", \"NaN\", \"nan\", \"null\", \"NULL\", \"?\", \"none\", \"None\", \"NONE\"]");
            line(py, "df = pd.read_csv(args.data, dtype=" + textColumns(e, false) + ", na_values=MISSING, keep_default_na=False)");
        }
        List<String> required = new ArrayList<>();
        required.add(e.target);
        if (spec.get("missing").equals("drop")) {
            required.addAll(e.features);
        }
        String numericCategories = textColumns(e, true);
        if (!numericCategories.equals("[]")) {
            line(py, "def engine_text(v):  # a number as the playground names a category: 3.0 is \"3\", 0.5 is \"0.5\"");
            line(py, "    if pd.isna(v):");
            line(py, "        return v");
            line(py, "    v = float(v)");
            line(py, "    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)");
            line(py, "for column in " + numericCategories + ":  # numbers used as categories (or classes)");
            line(py, "    df[column] = df[column].map(engine_text)");
        }
        line(py, "# rows with a missing " + (spec.get("missing").equals("drop") ? "value in the columns used" : "target") + " are dropped");
        line(py, "df = df.dropna(subset=" + pyList(required) + ").reset_index(drop=True)");
        line(py, "assert len(df) == " + e.table.rows() + ", f\"expected " + e.table.rows() + " rows, the data has {len(df)}\"");
        line(py, "");
        line(py, "# ---- the split, as the playground made it (split=" + spec.get("split") + ", split_seed=" + spec.get("split_seed") + ")");
        line(py, "train_idx = " + pyInts(e.split.train));
        line(py, "test_idx = " + pyInts(e.split.test));
        line(py, "val_idx = " + pyInts(e.split.val));
        line(py, "");
        preprocessing(py, e, spec);
        line(py, "");
        line(py, "if args.features_only:");
        line(py, "    os.makedirs(args.features_only, exist_ok=True)");
        line(py, "    for part, rows in ((\"train\", train_idx), (\"test\", test_idx), (\"val\", val_idx)):");
        line(py, "        np.savetxt(os.path.join(args.features_only, part + \".csv\"), transform(rows), delimiter=\",\", fmt=\"%.17g\")");
        line(py, "    sys.exit(0)");
        line(py, "");
        model(py, e, spec);
        return new KerasScript(py.toString());
    }

    private static void preprocessing(StringBuilder py, Experiment e, ExperimentSpec spec) {
        line(py, "# ---- preprocessing, fitted on the training rows only; columns in the playground's order");
        boolean impute = spec.get("missing").equals("impute");
        Map<Preprocessor.Kind, List<String>> groups = new HashMap<>();
        for (Preprocessor.Step s : e.preprocessor.steps()) {
            groups.computeIfAbsent(s.kind, k -> new ArrayList<>()).add(s.column);
        }
        line(py, "column_transformer = ColumnTransformer([");
        for (Preprocessor.Kind k : new Preprocessor.Kind[] {Preprocessor.Kind.MINMAX, Preprocessor.Kind.STANDARD,
            Preprocessor.Kind.PASSTHROUGH}) {
            List<String> cols = groups.get(k);
            if (cols == null) {
                continue;
            }
            String t = k == Preprocessor.Kind.MINMAX ? "MinMaxScaler()" : k == Preprocessor.Kind.STANDARD ? "StandardScaler()"
                    : "FunctionTransformer()";
            if (impute) { // scaled first (scalers fit on the cells present), then the gaps take the scaled training mean
                t = "make_pipeline(" + t + ", SimpleImputer(strategy=\"mean\"))";
            }
            line(py, "    (" + pyString(k.id()) + ", " + t + ", " + pyList(cols) + "),");
        }
        List<Preprocessor.Step> onehot = new ArrayList<>();
        for (Preprocessor.Step st : e.preprocessor.steps()) {
            if (st.kind == Preprocessor.Kind.ONEHOT) {
                onehot.add(st);
            }
        }
        if (!onehot.isEmpty()) {
            // the playground's categories, in its order (text, sorted as text), so the columns are the same ones
            StringBuilder cats = new StringBuilder("[");
            List<String> cols = new ArrayList<>();
            for (Preprocessor.Step st : onehot) {
                cats.append(cats.length() == 1 ? "" : ", ").append(pyList(st.categories));
                cols.add(st.column);
            }
            String t = "OneHotEncoder(categories=" + cats + "], handle_unknown=\"ignore\", sparse_output=False)";
            if (impute) {
                t = "make_pipeline(SimpleImputer(strategy=\"most_frequent\"), " + t + ")";
            }
            line(py, "    (\"onehot\", " + t + ", " + pyList(cols) + "),");
        }
        line(py, "])");
        line(py, "FEATURES = " + pyList(e.features));
        line(py, "column_transformer.fit(df.loc[train_idx, FEATURES])");
        line(py, "def transform(rows):");
        line(py, "    return np.asarray(column_transformer.transform(df.loc[rows, FEATURES]), dtype=np.float64)");
        line(py, "X_train, X_test, X_val = transform(train_idx), transform(test_idx), transform(val_idx)");
        line(py, "assert X_train.shape[1] == " + e.preprocessor.width() + ", X_train.shape  # " + String.join(", ", e.preprocessor.outputNames()));
        line(py, "TARGET = " + pyString(e.target));
        if (e.classification) {
            line(py, "CLASSES = " + pyList(e.classes));
            line(py, "Y = np.array([[1.0 if str(c) == k else 0.0 for k in CLASSES] for c in df[TARGET]])");
            line(py, "y_mean, y_std = 0.0, 1.0");
        } else {
            line(py, "y_raw = df[TARGET].to_numpy(dtype=np.float64)");
            if (spec.get("yscale").equals("standardize")) {
                line(py, "y_mean, y_std = y_raw[train_idx].mean(), y_raw[train_idx].std()  # yscale=standardize: trained on z-scores");
            } else {
                line(py, "y_mean, y_std = 0.0, 1.0");
            }
            if (spec.get("yscale").equals("log")) {
                line(py, "Y = np.log1p(y_raw).reshape(-1, 1)  # yscale=log: trained on log1p of the target");
            } else {
                line(py, "Y = ((y_raw - y_mean) / y_std).reshape(-1, 1)");
            }
        }
        line(py, "y_train, y_test, y_val = Y[train_idx], Y[test_idx], Y[val_idx]");
    }

    private static void model(StringBuilder py, Experiment e, ExperimentSpec spec) {
        line(py, "# ---- the model (layer names as in the TensorFlow.js export, so its weights load by name)");
        line(py, "import keras");
        line(py, "from keras import layers");
        line(py, "keras.utils.set_random_seed(" + spec.get("seed") + " % 2**32)  # Keras takes seeds in [0, 2³²)");
        Penalty penalty = e.network.regularization();
        String reg = penalty.none() ? "None" : "keras.regularizers.L1L2(l1=" + num(penalty.l1) + ", l2=" + num(penalty.l2) + ")";
        line(py, "REG = " + reg + "  # reg=" + spec.get("reg") + ": every Dense kernel");
        line(py, "inputs = keras.Input(shape=(" + e.model.inputSize + ",), name=\"input_layer\")");
        line(py, "x = inputs");
        Map<String, Integer> counts = new HashMap<>();
        layers(py, e.model.layers, e.model.inputSize, counts);
        line(py, "model = keras.Model(inputs, x)");
        line(py, "model.summary()");
        line(py, "");
        line(py, "if args.initial_weights:  # the playground's starting weights, from its TensorFlow.js export");
        line(py, "    with open(args.initial_weights) as f:");
        line(py, "        exported = json.load(f)");
        line(py, "    group = exported[\"weightsManifest\"][0]");
        line(py, "    values = np.fromfile(os.path.join(os.path.dirname(args.initial_weights), group[\"paths\"][0]), dtype=\"<f4\")");
        line(py, "    by_layer, at = {}, 0");
        line(py, "    for w in group[\"weights\"]:");
        line(py, "        size = int(np.prod(w[\"shape\"]))");
        line(py, "        by_layer.setdefault(w[\"name\"].split(\"/\")[-2], []).append(values[at:at + size].reshape(w[\"shape\"]))");
        line(py, "        at += size");
        line(py, "    for name, tensors in by_layer.items():");
        line(py, "        model.get_layer(name).set_weights(tensors)");
        line(py, "");
        line(py, "# ---- compile");
        double lr = Experiment.learningRate(e.spec);
        Optimizer opt = Ids.optimizer(spec.get("opt"), lr);
        LrSchedule schedule = Ids.schedule(spec.get("decay"));
        String rate = num(lr);
        if (opt instanceof Momentum m && m.ema) {
            line(py, "# opt=" + spec.get("opt") + ": version 1's moving-average momentum v = βv + (1−β)g equals Keras's at learning_rate·(1−β)");
            rate = num(twelveDigits(lr * (1 - m.beta)));
        }
        switch (schedule.kind) {
            case TIME_BASED:
                rate = "keras.optimizers.schedules.InverseTimeDecay(" + rate + ", decay_steps=1, decay_rate=" + num(schedule.rate) + ")";
                break;
            case STEP:
                rate = "keras.optimizers.schedules.ExponentialDecay(" + rate + ", decay_steps=" + schedule.period + ", decay_rate="
                        + num(schedule.rate) + ", staircase=True)";
                break;
            case EXPONENTIAL:
                rate = "keras.optimizers.schedules.ExponentialDecay(" + rate + ", decay_steps=" + schedule.period + ", decay_rate="
                        + num(schedule.rate) + ")";
                break;
            default:
                break;
        }
        line(py, "optimizer = " + optimizer(opt, rate) + "  # opt=" + spec.get("opt") + (spec.get("decay").equals("constant") ? ""
                : ", decay=" + spec.get("decay") + " (per update step)"));
        String loss = spec.get("loss").equals("auto") ? (e.classification ? "cce" : "mse") : spec.get("loss");
        line(py, "loss = " + loss(py, loss));
        line(py, "metrics = " + (e.classification ? "[\"accuracy\"]"
                : "[\"mae\", \"mse\", keras.metrics.RootMeanSquaredError(name=\"rmse\")]"));
        line(py, "model.compile(optimizer=optimizer, loss=loss, metrics=metrics)");
        line(py, "");
        line(py, "# ---- callbacks");
        line(py, "callbacks = [keras.callbacks.CSVLogger(\"training-log.csv\")]");
        boolean val = e.split.val.length > 0;
        List<String> es = Callbacks.parts("es", spec.get("es"));
        if (!es.isEmpty()) {
            line(py, "callbacks.append(keras.callbacks.EarlyStopping(monitor=" + pyString(es.get(0)) + ", patience=" + es.get(1)
                    + ", min_delta=" + es.get(2) + ", restore_best_weights=" + (es.get(3).isEmpty() ? "False" : "True") + "))"
                    + (es.get(4).isEmpty() ? "" : "  # version 1 restored only on an early stop; Keras 3 restores at every end"));
        }
        List<String> rlr = Callbacks.parts("rlr", spec.get("rlr"));
        if (!rlr.isEmpty()) {
            line(py, "callbacks.append(keras.callbacks.ReduceLROnPlateau(monitor=" + pyString(rlr.get(0)) + ", factor=" + rlr.get(1)
                    + ", patience=" + rlr.get(2) + ", min_lr=" + rlr.get(3) + ", min_delta=" + rlr.get(4) + "))");
        }
        List<String> ckpt = Callbacks.parts("ckpt", spec.get("ckpt"));
        if (!ckpt.isEmpty()) {
            line(py, "callbacks.append(keras.callbacks.ModelCheckpoint(\"best.keras\", monitor=" + pyString(ckpt.get(0))
                    + ", save_best_only=True))");
        }
        line(py, "");
        line(py, "# ---- fit");
        if (!ckpt.isEmpty()) {
            line(py, "if os.path.exists(\"best.keras\"):  # a checkpoint of an earlier run is not this one's");
            line(py, "    os.remove(\"best.keras\")");
        }
        line(py, "history = model.fit(X_train, y_train, " + (val ? "validation_data=(X_val, y_val), " : "") + "epochs=" + spec.get("epochs")
                + ", batch_size=" + spec.get("batch") + ", shuffle=True, callbacks=callbacks, verbose=2)");
        if (!ckpt.isEmpty() && !ckpt.get(1).isEmpty()) {
            line(py, "if os.path.exists(\"best.keras\"):  # ckpt=" + spec.get("ckpt") + ": the best epoch's weights");
            line(py, "    model = keras.models.load_model(\"best.keras\", compile=False)");
        }
        line(py, "");
        line(py, "# ---- evaluation, in the target's units (as the playground reports it)");
        line(py, "for part, X, rows in ((\"train\", X_train, train_idx), (\"test\", X_test, test_idx), (\"val\", X_val, val_idx)):");
        line(py, "    if len(rows) == 0:");
        line(py, "        continue");
        line(py, "    pred = model.predict(X, verbose=0)");
        if (e.classification) {
            line(py, "    accuracy = float(np.mean(np.argmax(pred, axis=1) == np.argmax(Y[rows], axis=1)))");
            line(py, "    print(f\"{part}: accuracy {accuracy:.4f}\")");
        } else {
            line(py, spec.get("yscale").equals("log") ? "    err = np.expm1(pred[:, 0]) - y_raw[rows]"
                    : "    err = pred[:, 0] * y_std + y_mean - y_raw[rows]");
            line(py, "    print(f\"{part}: MAE {np.mean(np.abs(err)):.6g}  MSE {np.mean(err ** 2):.6g}  RMSE {np.sqrt(np.mean(err ** 2)):.6g}\")");
        }
    }

    /** The Keras layers of {@code specs}, applied to the Python variable x of {@code width} columns; returns the width after. */
    private static int layers(StringBuilder py, List<LayerSpec> specs, int width, Map<String, Integer> counts) {
        for (LayerSpec s : specs) {
            switch (s.type) {
                case DENSE: {
                    String name = name("dense", counts);
                    boolean leaky = s.activation.kind == Activation.Kind.LEAKY_RELU;
                    line(py, "x = layers.Dense(" + s.units + ", activation=" + pyString(leaky ? "linear" : s.activation.id())
                            + ", kernel_initializer=" + init(s.kernelInit) + ", bias_initializer=" + init(s.biasInit)
                            + ", kernel_regularizer=REG, name=" + pyString(name) + ")(x)");
                    if (leaky) {
                        line(py, "x = layers.LeakyReLU(negative_slope=" + num(s.activation.slope) + ", name="
                                + pyString(name("leaky_re_lu", counts)) + ")(x)");
                    }
                    width = s.units;
                    break;
                }
                case BATCH_NORM:
                    line(py, "x = layers.BatchNormalization(name=" + pyString(name("batch_normalization", counts)) + ")(x)");
                    break;
                case LAYER_NORM:
                    line(py, "x = layers.LayerNormalization(name=" + pyString(name("layer_normalization", counts)) + ")(x)");
                    break;
                case DROPOUT:
                    line(py, "x = layers.Dropout(" + num(s.rate) + ", name=" + pyString(name("dropout", counts)) + ")(x)");
                    break;
                default: {
                    String skip = name("skip", counts);
                    line(py, skip + " = x  # a residual block: y = F(x) + x, or + a linear projection where F changes the width");
                    int out = layers(py, s.block, width, counts);
                    if (out != width) {
                        line(py, skip + " = layers.Dense(" + out + ", kernel_regularizer=REG, name=" + pyString(name("dense", counts))
                                + ")(" + skip + ")");
                    }
                    line(py, "x = layers.Add(name=" + pyString(name("add", counts)) + ")([x, " + skip + "])");
                    width = out;
                }
            }
        }
        return width;
    }

    private static String optimizer(Optimizer opt, String rate) {
        if (opt instanceof Momentum m) {
            return "keras.optimizers.SGD(learning_rate=" + rate + ", momentum=" + num(m.beta) + (m.nesterov ? ", nesterov=True" : "") + ")";
        }
        if (opt instanceof Adagrad a) {
            return "keras.optimizers.Adagrad(learning_rate=" + rate + ", initial_accumulator_value=" + num(a.initialAccumulator)
                    + ", epsilon=" + num(a.epsilon) + ")" + (a.epsilonOutside ? "  # version 1 put ε outside the root; Keras has it inside" : "");
        }
        if (opt instanceof RmsProp r) {
            return "keras.optimizers.RMSprop(learning_rate=" + rate + ", rho=" + num(r.beta) + ", momentum=" + num(r.momentum)
                    + ", centered=" + (r.centered ? "True" : "False") + ", epsilon=" + num(r.epsilon) + ")"
                    + (r.epsilonOutside ? "  # version 1 put ε outside the root; Keras has it inside" : "");
        }
        if (opt instanceof Adam a) {
            return "keras.optimizers.Adam(learning_rate=" + rate + ", beta_1=" + num(a.beta1) + ", beta_2=" + num(a.beta2) + ", epsilon="
                    + num(a.epsilon) + ")" + (a.paper ? "  # version 1 used the paper's ε placement; Keras's differs slightly" : "");
        }
        return "keras.optimizers.SGD(learning_rate=" + rate + ")";
    }

    private static String loss(StringBuilder py, String id) {
        List<String> p = playground.engine.text.Tokens.parts(id);
        switch (p.get(0)) {
            case "mse":
                return "\"mean_squared_error\"";
            case "mae":
                return "\"mean_absolute_error\"";
            case "huber":
                return "keras.losses.Huber(delta=" + (p.size() > 1 ? p.get(1) : "1.0") + ")";
            case "bce":
                return "\"binary_crossentropy\"";
            case "cce":
                return "\"categorical_crossentropy\"";
            case "rmse":
                line(py, "def rmse(y_true, y_pred):  # the root of the batch's mean squared error");
                line(py, "    return keras.ops.sqrt(keras.ops.mean(keras.ops.square(y_true - y_pred)))");
                return "rmse";
            default:
                line(py, "def half_se(y_true, y_pred):  # ½ Σ over outputs of the squared error, averaged over the batch");
                line(py, "    return 0.5 * keras.ops.sum(keras.ops.square(y_true - y_pred), axis=-1)");
                return "half_se";
        }
    }

    private static String init(Init init) {
        String id = init.id();
        List<String> p = playground.engine.text.Tokens.parts(id);
        switch (p.get(0)) {
            case "random_normal":
                return "keras.initializers.RandomNormal(stddev=" + num(init.stddev(1, 1)) + ")";
            case "random_uniform":
                return "keras.initializers.RandomUniform(-" + p.get(1) + ", " + p.get(1) + ")";
            case "constant":
                return "keras.initializers.Constant(" + p.get(1) + ")";
            default:
                if (init.isTruncated() || p.size() == 1) {
                    return pyString(p.get(0));
                }
                // version 1's untruncated normals: Keras's VarianceScaling with an untruncated normal
                String scale = p.get(0).startsWith("he") ? "2.0" : "1.0";
                String mode = p.get(0).startsWith("glorot") ? "fan_avg" : "fan_in";
                return "keras.initializers.VarianceScaling(scale=" + scale + ", mode=\"" + mode + "\", distribution=\"untruncated_normal\")";
        }
    }

    private static String planarCsv(Experiment e) {
        StringBuilder sb = new StringBuilder("x1,x2," + e.target + "\n");
        Column x1 = e.table.column("x1");
        Column x2 = e.table.column("x2");
        Column y = e.table.column(e.target);
        for (int r = 0; r < e.table.rows(); r++) {
            sb.append(Numbers.format(x1.numbers[r])).append(',').append(Numbers.format(x2.numbers[r])).append(',').append(y.text(r)).append('\n');
        }
        return sb.toString();
    }

    /**
     * The columns used as categories — one-hot features and a classification's target — that hold text ({@code numeric}
     * false: pandas' dtype map, read as the text they are) or numbers ({@code numeric} true: a list, turned into the
     * playground's text of each number after reading).
     */
    private static String textColumns(Experiment e, boolean numeric) {
        List<String> cols = new ArrayList<>();
        for (Preprocessor.Step st : e.preprocessor.steps()) {
            if (st.kind == Preprocessor.Kind.ONEHOT) {
                cols.add(st.column);
            }
        }
        if (e.classification) {
            cols.add(e.target);
        }
        List<String> chosen = new ArrayList<>();
        for (String c : cols) {
            if (e.table.column(c).numeric == numeric) {
                chosen.add(c);
            }
        }
        if (numeric) {
            return pyList(chosen);
        }
        StringBuilder sb = new StringBuilder("{");
        for (String c : chosen) {
            sb.append(sb.length() == 1 ? "" : ", ").append(pyString(c)).append(": str");
        }
        return sb.append('}').toString();
    }

    private static String featureExpression(Features.Feature f) {
        switch (f.id) {
            case "x1sq":
                return "df[\"x1\"] * df[\"x1\"]";
            case "x2sq":
                return "df[\"x2\"] * df[\"x2\"]";
            case "x1x2":
                return "df[\"x1\"] * df[\"x2\"]";
            case "sinx1":
                return "np.sin(df[\"x1\"])";
            case "sinx2":
                return "np.sin(df[\"x2\"])";
            default:
                return null;
        }
    }

    private static String name(String stem, Map<String, Integer> counts) {
        int k = counts.getOrDefault(stem, 0);
        counts.put(stem, k + 1);
        return k == 0 ? stem : stem + "_" + k;
    }

    /** Rounded to 12 significant digits: 0.1·(1 − 0.9) is written 0.01, not 0.009999999999999998 (Keras trains in float32). */
    private static double twelveDigits(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 12 - Math.ceil(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    private static String num(double v) {
        return Numbers.format(v);
    }

    private static String pyString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(c == '\n' ? "\\n" : " ");
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String pyList(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(pyString(items.get(i)));
        }
        return sb.append(']').toString();
    }

    private static String pyInts(int[] rows) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(rows[i]);
            if (i % 25 == 24 && i < rows.length - 1) {
                sb.append("\n    ");
            }
        }
        return sb.append(']').toString();
    }

    private static void line(StringBuilder py, String s) {
        py.append(s).append('\n');
    }
}
