package playground.engine.spec;

import java.util.ArrayList;
import java.util.List;
import playground.engine.data.Features;
import playground.engine.data.Preprocessor;
import playground.engine.text.Json;

/**
 * The experiment spec's keys, in canonical order: the one declaration that {@link ExperimentSpec}, the CLI's
 * {@code settings} command and help, the README's settings table (checked by a test) and the page read.
 */
public final class Settings {
    private Settings() {
    }

    private static final List<Choice> ON_OFF = List.of(new Choice("off", "off"), new Choice("on", "on (the walkthrough's settings)"));

    public static final List<Setting> ALL = List.of(
            Setting.text("data", "circle", "a dataset id",
                    "dataset id (the `datasets` command lists them)", Settings::notEmpty),
            Setting.text("target", "", "a column name",
                    "target column (empty: the last column)", null),
            Setting.choice("task", "auto", "what to predict (auto: numbers → regression, text → classification)",
                    new Choice("auto", "auto"), new Choice("regression", "regression"),
                    new Choice("classification", "classification")),
            Setting.text("drop", "", "col,col,…",
                    "columns to leave out", null),
            Setting.grammar("tf", "", "col:kind,…",
                    "a transform per column, fitted on the training rows only (numbers default to minmax, text to "
                            + "onehot)", transformChoices(), ExperimentSpec::transforms),
            Setting.choice("missing", "drop", "rows with missing cells: dropped, or imputed (training mean / most frequent)",
                    new Choice("drop", "drop rows"), new Choice("impute", "impute")),
            Setting.choice("yscale", "none", "scaling of a regression target: z-scores of the training rows, or log1p (every "
                    + "target above −1); metrics stay in the target's units",
                    new Choice("none", "none"), new Choice("standardize", "standardize"), new Choice("log", "log1p")),
            Setting.choice("split", "shuffle", "how rows are split: tail takes the last rows for validation and shuffles "
                    + "the rest into train/test; shuffle shuffles all rows",
                    new Choice("tail", "validation = last rows"), new Choice("shuffle", "shuffled")),
            Setting.number("val", "0.1", 0, 0.9, "fraction of rows for validation"),
            Setting.number("test", "0.2", 0, 0.9, "fraction of the remaining rows for testing"),
            Setting.seed("split_seed", "42", "seed of the split's shuffle"),
            Setting.grammar("layers", "dense:8:tanh,dense:8:tanh", LayerSpec.FORMS,
                    "hidden layers; the output layer (linear, or softmax over the classes) is added",
                    LayerSpec.KINDS, v -> {
                        if (!v.isEmpty()) {
                            LayerSpec.parseList(v);
                        }
                    }).examples("dense:8:tanh,dense:8:tanh", "dense:32:relu:he_normal,bn,dropout:0.2,dense:32:relu",
                            "res(dense:16:relu,dense:16:relu),ln"),
            Setting.grammar("reg", "none", Choice.forms(Ids.REGULARIZERS.choices()),
                    "weight regularization of every Dense kernel (Keras kernel_regularizer), added to loss and val_loss",
                    Ids.REGULARIZERS.choices(), Ids::penalty).examples("none", "l1:0.001", "l2:0.01", "l1l2:0.001:0.01"),
            Setting.grammar("loss", "auto", Choice.forms(withAuto(Ids.LOSSES.choices())),
                    "loss (auto: MSE for regression, categorical cross-entropy for classes)", Ids.LOSSES.choices(), v -> {
                        if (!v.equals("auto")) {
                            Ids.loss(v);
                        }
                    }).examples("auto", "mse", "rmse", "mae", "huber:1", "bce", "cce", "half_se"),
            Setting.grammar("opt", "adam", Choice.forms(Ids.OPTIMIZERS.choices()), "optimizer",
                    Ids.OPTIMIZERS.choices(), v -> Ids.optimizer(v, 0.01))
                    .examples("sgd", "momentum:0.9", "nesterov:0.9", "adagrad", "rmsprop:0.9", "adam:0.9:0.999"),
            // the examples are TensorFlow Playground's learning rates: the page's slider stops at them
            Setting.number("lr", "", 1e-12, 100, "learning rate; empty: the optimizer's own default, Keras's "
                    + "(SGD, momentum, Nesterov 0.01; Adagrad, RMSprop, Adam 0.001; in version 1 of the spec, 0.01)")
                    .optional().examples("0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"),
            Setting.grammar("decay", "constant", Choice.forms(Ids.SCHEDULES.choices()), "learning-rate schedule",
                    Ids.SCHEDULES.choices(), Ids::schedule)
                    .examples("constant", "time:0.001", "step:0.5:500", "exp:0.96:100"),
            Setting.integer("batch", "32", 1, 65_536, "batch size")
                    .examples("1", "2", "4", "8", "16", "32", "64", "128", "256", "512", "1024"),
            Setting.integer("epochs", "50", 0, 100_000, "epochs"),
            Setting.seed("seed", "1", "seed of the weights, shuffles and dropout"),
            Setting.grammar("es", "off", "monitor:patience:min_delta[:restore], on or off",
                    "early stopping; on = `" + Callbacks.EARLY_STOPPING_DEFAULT + "`", ON_OFF, v -> Callbacks.parse("es", v))
                    .examples("off", "on", "val_loss:10:0.001:restore"),
            Setting.grammar("rlr", "off", "monitor:factor:patience:min_lr[:min_delta], on or off",
                    "reduce the learning rate on a plateau; on = `" + Callbacks.REDUCE_LR_DEFAULT + "`", ON_OFF,
                    v -> Callbacks.parse("rlr", v)).examples("off", "on", "val_loss:0.5:3:0.00001"),
            Setting.grammar("ckpt", "off", "monitor[:restore], on or off",
                    "best checkpoint: keeps the best epoch's weights (restore: puts them back at the end); on = `"
                            + Callbacks.CHECKPOINT_DEFAULT + "`", ON_OFF, v -> Callbacks.parse("ckpt", v))
                    .examples("off", "on", "val_loss", "val_loss:restore"),
            Setting.integer("n", "400", 4, 100_000, "rows of a synthetic dataset"),
            Setting.number("noise", "0.1", 0, 10, "noise of a synthetic dataset"),
            Setting.seed("data_seed", "1", "seed of a synthetic dataset"),
            Setting.grammar("features", Features.DEFAULT, "comma list of " + playground.engine.text.Tokens.orList(playground.engine.text.Tokens.split(Features.ids(), ',')),
                    "inputs of a 2-D set, from its raw x1 and x2 before any scaling: X₁, X₂, X₁², X₂², X₁X₂, sin X₁, sin X₂",
                    featureChoices(), Features::parse).examples("x1,x2", "x1sq,x2sq", "x1,x2,x1x2,sinx1,sinx2"));

    /** The setting named {@code key}, or null. */
    public static Setting find(String key) {
        for (Setting s : ALL) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    public static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Setting s : ALL) {
            out.add(s.key);
        }
        return out;
    }

    /** The README's settings table, one row per key, and the ids of the layer grammar. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder("| key | default | accepted | meaning |\n| --- | --- | --- | --- |\n");
        for (Setting s : ALL) {
            sb.append("| `").append(s.key).append("` | ").append(s.defaultValue.isEmpty() ? "" : "`" + s.defaultValue + "`")
                    .append(" | ").append(cell(s)).append(" | ").append(s.help).append(" |\n");
        }
        sb.append("\nActivations of a `dense` layer: ").append(code(Choice.forms(Ids.ACTIVATIONS.choices())))
                .append(".\nInitializers of its kernel and bias (default `").append(LayerSpec.DEFAULT_KERNEL_INIT.id())
                .append("` and `").append(LayerSpec.DEFAULT_BIAS_INIT.id()).append("`): ")
                .append(code(Choice.forms(Ids.INITIALIZERS.choices()))).append(".\n");
        return sb.toString();
    }

    private static String cell(Setting s) {
        switch (s.type) {
            case CHOICE: {
                StringBuilder sb = new StringBuilder();
                for (Choice c : s.choices) {
                    sb.append(sb.length() == 0 ? "" : ", ").append('`').append(c.id).append('`');
                }
                return sb.toString();
            }
            case GRAMMAR:
                return code(s.form);
            default:
                return s.form;
        }
    }

    /** "comma list of a:b, c or d" → "comma list of `a:b`, `c` or `d`": each alternative as code. */
    private static String code(String form) {
        StringBuilder sb = new StringBuilder();
        int start = 0;
        while (start < form.length()) {
            int comma = form.indexOf(", ", start);
            int or = form.indexOf(" or ", start);
            int end = comma < 0 ? (or < 0 ? form.length() : or) : (or < 0 ? comma : Math.min(comma, or));
            String piece = form.substring(start, end);
            int space = piece.lastIndexOf(' ');
            sb.append(piece, 0, space + 1).append('`').append(piece.substring(space + 1)).append('`');
            if (end < form.length()) {
                String sep = end == comma ? ", " : " or ";
                sb.append(sep);
                end += sep.length();
            }
            start = end;
        }
        return sb.toString();
    }

    /**
     * Every key with its type, default, range or choices, form, help and version, plus the grammar's families
     * (activations, initializers, layer kinds, ...): what the page builds its controls from.
     */
    public static String json() {
        StringBuilder sb = new StringBuilder("{\"version\":").append(ExperimentSpec.VERSION).append(",\"settings\":[");
        for (int i = 0; i < ALL.size(); i++) {
            Setting s = ALL.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"key\":").append(Json.quote(s.key))
                    .append(",\"type\":").append(Json.quote(s.type.name().toLowerCase()))
                    .append(",\"default\":").append(Json.quote(s.defaultValue));
            if (s.type == Setting.Type.NUMBER || s.type == Setting.Type.INTEGER) {
                sb.append(",\"min\":").append(Json.number(s.min)).append(",\"max\":").append(Json.number(s.max));
            }
            sb.append(",\"choices\":").append(choices(s.choices)).append(",\"form\":").append(Json.quote(s.form))
                    .append(",\"help\":").append(Json.quote(s.help)).append(",\"since\":").append(s.since)
                    .append(",\"examples\":").append(strings(s.examples)).append(",\"optional\":").append(s.optional);
            if (Callbacks.PARTS.containsKey(s.key)) {
                sb.append(",\"parts\":").append(params(Callbacks.PARTS.get(s.key)));
            }
            sb.append('}');
        }
        sb.append("],\"families\":{\"activations\":").append(choices(Ids.ACTIVATIONS.choices()))
                .append(",\"initializers\":").append(choices(Ids.INITIALIZERS.choices()))
                .append(",\"losses\":").append(choices(Ids.LOSSES.choices()))
                .append(",\"optimizers\":").append(choices(Ids.OPTIMIZERS.choices()))
                .append(",\"schedules\":").append(choices(Ids.SCHEDULES.choices()))
                .append(",\"regularizers\":").append(choices(Ids.REGULARIZERS.choices()))
                .append(",\"layers\":").append(choices(LayerSpec.KINDS))
                .append(",\"transforms\":").append(choices(transformChoices()))
                .append("},\"defaults\":{\"kernel_init\":").append(Json.quote(LayerSpec.DEFAULT_KERNEL_INIT.id()))
                .append(",\"bias_init\":").append(Json.quote(LayerSpec.DEFAULT_BIAS_INIT.id())).append("}}");
        return sb.toString();
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(Json.quote(values.get(i)));
        }
        return sb.append(']').toString();
    }

    private static String choices(List<Choice> choices) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(Json.quote(c.id)).append(",\"label\":")
                    .append(Json.quote(c.label)).append(",\"form\":").append(Json.quote(c.form));
            if (!c.params.isEmpty()) {
                sb.append(",\"params\":").append(params(c.params));
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    /** [{name, kind, fallback, min, max, values}]: what a control for each parameter needs. */
    private static String params(List<Param> params) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"name\":").append(Json.quote(p.name)).append(",\"kind\":")
                    .append(Json.quote(p.kind.name().toLowerCase())).append(",\"fallback\":").append(Json.quote(p.fallback))
                    .append(",\"min\":").append(Json.number(p.min)).append(",\"max\":").append(Json.number(p.max))
                    .append(",\"values\":").append(strings(p.values)).append(",\"required\":").append(p.required)
                    .append(",\"legacy\":").append(p.legacy).append('}');
        }
        return sb.append(']').toString();
    }

    private static List<Choice> featureChoices() {
        List<Choice> out = new ArrayList<>();
        for (Features.Feature f : Features.Feature.values()) {
            out.add(new Choice(f.id, f.label));
        }
        return out;
    }

    private static List<Choice> transformChoices() {
        List<Choice> out = new ArrayList<>();
        for (Preprocessor.Kind k : Preprocessor.Kind.values()) {
            out.add(new Choice(k.id(), k.label()));
        }
        return out;
    }

    private static List<Choice> withAuto(List<Choice> choices) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("auto", "automatic"));
        out.addAll(choices);
        return out;
    }

    private static void notEmpty(String v) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
    }
}
