package playground.engine.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.activation.Activation;
import playground.engine.loss.Loss;
import playground.engine.nn.Init;
import playground.engine.optim.LrSchedule;
import playground.engine.spec.Ids;
import playground.engine.text.Json;
import playground.engine.text.Numbers;
import playground.engine.text.Query;

/**
 * The teaching views' numbers, as JSON for the page: {@code view(name, query)} reads the view's settings from a
 * query string ("x=1&w=0.1…"; missing ones take their defaults, bad ones are an error that names them) and
 * answers every number the view shows, plus the canonical query for the URL.
 */
public final class Learn {
    /**
     * The Learn views, in the primer's order, as their addresses name them (/learn/{view}); the page's menu follows
     * it and the server answers 404 for any other.
     */
    public static final List<String> VIEWS = List.of("neuron", "network", "matrix", "init", "lr", "optimizers", "batch",
            "activations", "losses", "regularization", "residual", "imbalance");

    /**
     * Plain SGD's default rate on the optimizers view: on the bowl (curvatures 1 and 20) the steep direction is
     * multiplied by 1 − 0.09·20 = −0.8 a step, so the path zig-zags across the valley while it converges. At 0.05 it
     * would land on the valley floor in one step (1 − 0.05·20 = 0) and never zig-zag.
     */
    static final double SGD_RATE = 0.09;

    /** The optimizers view's racers, in its order, as a learner reads them. */
    static final List<String> OPTIMIZER_NAMES = List.of("SGD", "Keras momentum", "the primer's momentum", "Adagrad",
            "RMSprop", "Adam");

    private Learn() {
    }

    /** Settings of one view: defaults, overridden by the query; remembers them in order for the canonical query. */
    static final class Settings {
        final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> given = new LinkedHashMap<>();

        Settings(String query) {
            for (Query.Pair pair : Query.pairs(query)) {
                given.put(pair.key, pair.value);
            }
        }

        String text(String key, String fallback) {
            String v = given.containsKey(key) ? given.get(key) : fallback;
            values.put(key, v);
            return v;
        }

        double number(String key, double fallback, double min, double max) {
            String t = text(key, Json.number(fallback));
            double v;
            try {
                v = Numbers.parse(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": '" + t + "' is not a number");
            }
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException(key + " must be between " + Json.number(min) + " and " + Json.number(max));
            }
            return v;
        }

        int integer(String key, int fallback, int min, int max) {
            return (int) number(key, fallback, min, max);
        }

        String query() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : values.entrySet()) {
                sb.append(sb.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
            }
            return sb.toString();
        }
    }

    public static String view(String name, String query) {
        try {
            Settings s = new Settings(query);
            Map<String, Object> out;
            switch (name) {
                case "neuron":
                    out = neuron(s);
                    out.put("tryThis", Claims.neuron());
                    break;
                case "network":
                    out = network(s);
                    out.put("tryThis", Claims.network());
                    break;
                case "init":
                    out = init(s);
                    out.put("tryThis", Claims.init());
                    break;
                case "activations":
                    out = activations(s);
                    out.put("tryThis", Claims.activations());
                    break;
                case "losses":
                    out = losses(s);
                    out.put("tryThis", Claims.losses());
                    break;
                case "optimizers":
                    out = optimizers(s);
                    out.put("tryThis", Claims.optimizers());
                    break;
                case "regularization":
                    out = regularization(s);
                    out.put("tryThis", Claims.regularization());
                    break;
                case "matrix":
                    out = matrix(s);
                    out.put("tryThis", Claims.matrix());
                    break;
                case "batch":
                    out = Lessons.batch(s);
                    out.put("tryThis", Claims.batch());
                    break;
                case "residual":
                    out = Lessons.residual(s);
                    out.put("tryThis", Claims.residual());
                    break;
                case "imbalance":
                    out = Lessons.imbalance(s);
                    out.put("tryThis", Claims.imbalance());
                    break;
                case "lr":
                    out = learningRate(s);
                    out.put("tryThis", Claims.learningRate());
                    break;
                default:
                    throw new IllegalArgumentException("unknown view '" + name + "'");
            }
            out.put("query", s.query());
            return Json.write(out);
        } catch (IllegalArgumentException e) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("error", e.getMessage());
            return Json.write(err);
        }
    }

    static Map<String, Object> neuron(Settings s) {
        double x = s.number("x", 1, -10, 10);
        double w = s.number("w", 0.1, -10, 10);
        double b = s.number("b", 0.1, -10, 10);
        double t = s.number("t", 1, -10, 10);
        double lr = s.number("lr", 0.1, 1e-6, 10);
        Activation f = scalar(Ids.activation(s.text("act", "sigmoid")));
        Loss loss = Ids.loss(s.text("loss", "half_se"));
        int steps = s.integer("steps", 0, 0, 200);
        List<Object> rows = new ArrayList<>();
        NeuronStep step = NeuronStep.of(x, w, b, t, lr, f, loss);
        for (int i = 0; i <= steps; i++) {
            if (i > 0) {
                step = NeuronStep.of(x, step.wNext, step.bNext, t, lr, f, loss);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("step", (double) i);
            r.put("w", step.w);
            r.put("b", step.b);
            r.put("z", step.z);
            r.put("h", step.h);
            r.put("loss", step.loss);
            r.put("dLdh", step.dLdh);
            r.put("dhdz", step.dhdz);
            r.put("dzdw", step.dzdw);
            r.put("dzdb", step.dzdb);
            r.put("dLdw", step.dLdw);
            r.put("dLdb", step.dLdb);
            r.put("wNext", step.wNext);
            r.put("bNext", step.bNext);
            r.put("nudgeW", step.nudgeW);
            r.put("nudgeB", step.nudgeB);
            rows.add(r);
        }
        double span = Math.max(2, Math.abs(step.w) * 2 + 1);
        double[][] curve = NeuronStep.lossAgainstW(x, step.b, t, f, loss, step.w - span, step.w + span, 121);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("curve", List.of(list(curve[0]), list(curve[1])));
        m.put("slope", step.dLdw);
        m.put("epsilon", NeuronStep.EPSILON);
        m.put("warnings", neuronWarnings(f, loss, t, step.h));
        m.put("slips", primerSlips());
        return m;
    }

    /**
     * Every slip in the primer's one-neuron example (x = 1, b = 0.1, t = 1, η = 0.1, sigmoid, ½(t − h)²; the poor
     * start w = 0.1 and the Xavier start w = 0.5), each with the figure the engine computes in its place.
     */
    static List<Object> primerSlips() {
        Loss half = Ids.loss("half_se");
        NeuronStep poor = NeuronStep.of(1, 0.1, 0.1, 1, 0.1, Activation.SIGMOID, half);
        NeuronStep xavier = NeuronStep.of(1, 0.5, 0.1, 1, 0.1, Activation.SIGMOID, half);
        double glorot = Math.sqrt(6.0 / (1 + 1));
        List<Object> out = new ArrayList<>();
        out.add("The update is w ← w − η·∂L/∂w with the learning rate η = 0.1; the primer writes h₁ where it means η.");
        out.add("After one step from w = 0.1, w is 0.1 − 0.1 × (" + fig(poor.dLdw) + ") = " + fig(poor.wNext)
                + ", not the 0.001115 it prints, nor the 0.01115 of its summary.");
        out.add("At the Xavier start, ∂h/∂z = σ′(0.6) = h(1 − h) = " + fig(xavier.dhdz) + ", not the 0.2282 it prints.");
        out.add("The Xavier start's update, η·|∂L/∂w| = " + fig(0.1 * Math.abs(xavier.dLdw)) + ", is smaller than the poor start's, "
                + fig(0.1 * Math.abs(poor.dLdw)) + ", not larger: h is nearer the target, so the slope is gentler.");
        out.add("The loss is ½(1 − h)²: " + fig(poor.loss) + " at w = 0.1 and " + fig(xavier.loss) + " at w = 0.5. The losses 0.1237 "
                + "and 0.0978 the primer prints are neither that nor ½(1 − h) (" + fig(0.5 * (1 - poor.h)) + " and "
                + fig(0.5 * (1 - xavier.h)) + ") at either start.");
        out.add("\"Xavier start w = 0.5\" is one possible draw, not what Xavier gives: for one input and one output, Glorot's "
                + "uniform initializer draws w anywhere in ±√(6 / (1 + 1)) = ±" + fig(glorot) + ".");
        return out;
    }

    /** A figure as the slips print it: six significant digits. */
    private static String fig(double v) {
        return Numbers.significant(v, 6);
    }

    /**
     * What the learner should know before trusting the numbers: binary cross-entropy reads h as a probability, so
     * it needs outputs in (0, 1), which only the sigmoid guarantees, and targets in [0, 1].
     */
    static List<Object> neuronWarnings(Activation f, Loss loss, double target, double h) {
        List<Object> out = new ArrayList<>();
        if (loss.id().startsWith("bce")) {
            if (f.kind != Activation.Kind.SIGMOID) {
                out.add("Binary cross-entropy reads h as a probability, so it needs outputs between 0 and 1; " + f.id()
                        + " does not keep them there" + (h <= 0 || h >= 1 ? " (h = " + Json.number(h)
                        + " now: the loss is computed on h clipped into (0, 1), as Keras does, and its slope there is 0)" : "")
                        + ". Use the sigmoid.");
            }
            if (target < 0 || target > 1) {
                out.add("Binary cross-entropy needs a target between 0 and 1 (a label or a probability); t = " + Json.number(target) + ".");
            }
        }
        return out;
    }

    /** Mazur's worked example after {@code updates} updates: the next round's forward and backward pass and its update. */
    static Map<String, Object> network(Settings s) {
        double x1 = s.number("x1", SmallNetwork.INPUTS[0], -10, 10);
        double x2 = s.number("x2", SmallNetwork.INPUTS[1], -10, 10);
        double t1 = s.number("t1", SmallNetwork.TARGETS[0], 0, 1);
        double t2 = s.number("t2", SmallNetwork.TARGETS[1], 0, 1);
        double lr = s.number("lr", SmallNetwork.RATE, 1e-6, 10);
        int updates = s.integer("updates", 0, 0, 100_000);
        SmallNetwork n = SmallNetwork.after(updates, new double[] {x1, x2}, new double[] {t1, t2}, lr);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", SmallNetwork.SOURCE);
        m.put("updates", (double) n.updates);
        m.put("x", list(n.x));
        m.put("targets", list(n.targets));
        m.put("b1", SmallNetwork.B1);
        m.put("b2", SmallNetwork.B2);
        m.put("weights", list(n.weights));
        m.put("netHidden", list(n.netHidden));
        m.put("hidden", list(n.hidden));
        m.put("netOutput", list(n.netOutput));
        m.put("output", list(n.output));
        m.put("eTotal", n.error); // not "error": that key is a view's failure
        m.put("deltaOutput", list(n.deltaOutput));
        m.put("deltaHidden", list(n.deltaHidden));
        m.put("gradients", list(n.gradients));
        m.put("weightsAfter", list(n.weightsAfter));
        m.put("eTotalAfter", n.errorAfter);
        m.put("slips", Claims.networkSlips()); // where the post's later figures come from
        return m;
    }

    static Map<String, Object> init(Settings s) {
        Init init = Ids.init(s.text("scheme", "glorot_uniform"));
        Activation f = scalar(Ids.activation(s.text("act", "tanh")));
        int depth = s.integer("depth", 10, 1, 20);
        int width = s.integer("width", 64, 1, 512);
        long seed = (long) s.number("seed", 1, 0, 1e9);
        List<Object> layers = new ArrayList<>();
        for (InitStats.LayerStats l : InitStats.run(init, f, depth, width, seed)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("weightStd", l.weightStd);
            m.put("activationMean", l.activationMean);
            m.put("activationStd", l.activationStd);
            m.put("gradientNorm", l.gradientNorm);
            m.put("stuckShare", l.stuckShare);
            m.put("weightRange", list(l.weightRange));
            m.put("weightHistogram", ints(l.weightHistogram));
            m.put("activationRange", list(l.activationRange));
            m.put("activationHistogram", ints(l.activationHistogram));
            layers.add(m);
        }
        List<Object> schemes = new ArrayList<>();
        for (String id : new String[] {"random_normal:1", "random_normal", "lecun_uniform", "lecun_normal", "glorot_uniform", "glorot_normal", "he_uniform", "he_normal"}) {
            Init i = Ids.init(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("formula", formula(id));
            m.put("limit", i.isUniform() ? i.uniformLimit(width, width) : null);
            m.put("stddev", i.stddev(width, width));
            schemes.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layers", layers);
        m.put("schemes", schemes);
        return m;
    }

    /** The views plot one value's activation: softmax works on a whole row, so it has no curve here. */
    private static Activation scalar(Activation f) {
        if (f.kind == Activation.Kind.SOFTMAX) {
            throw new IllegalArgumentException("act: softmax works on a whole row of outputs; choose sigmoid, tanh, relu, leaky_relu or linear");
        }
        return f;
    }

    private static String formula(String id) {
        switch (id) {
            case "random_normal:1":
                return "σ = 1 (the primer's np.random.randn)";
            case "random_normal":
                return "σ = 0.05 (Keras's default)";
            case "lecun_uniform":
                return "a = √(3 / fan_in)";
            case "lecun_normal":
                return "σ = √(1 / fan_in)";
            case "glorot_uniform":
                return "a = √(6 / (fan_in + fan_out))";
            case "glorot_normal":
                return "σ = √(2 / (fan_in + fan_out))";
            case "he_uniform":
                return "a = √(6 / fan_in)";
            default:
                return "σ = √(2 / fan_in)";
        }
    }

    static Map<String, Object> activations(Settings s) {
        double slope = s.number("slope", 0.1, 0, 0.99);
        String chosen = s.text("act", "relu");
        scalar(Ids.activation(chosen));
        Map<String, Object> curves = new LinkedHashMap<>();
        for (String id : new String[] {"sigmoid", "tanh", "relu", "leaky_relu:" + Json.number(slope), "linear"}) {
            double[][] c = Curves.activation(Ids.activation(id), -5, 5, 201);
            curves.put(id.startsWith("leaky") ? "leaky_relu" : id, List.of(list(c[0]), list(c[1]), list(c[2])));
        }
        String data = s.text("dr_data", DeadUnits.DATA);
        if (!List.of("spiral", "circle", "xor", "clusters").contains(data)) {
            throw new IllegalArgumentException("dr_data: '" + data + "' is not spiral, circle, xor or clusters");
        }
        String layers = s.text("dr_layers", DeadUnits.LAYERS);
        String opt = s.text("dr_opt", DeadUnits.OPTIMIZER);
        if (!opt.equals("sgd") && !opt.equals("adam")) {
            throw new IllegalArgumentException("dr_opt: '" + opt + "' is not sgd or adam");
        }
        String lr = Json.number(s.number("dr_lr", Numbers.parse(DeadUnits.RATE), 1e-6, 10));
        String epochs = Integer.toString(s.integer("dr_epochs", Integer.parseInt(DeadUnits.EPOCHS), 1, 200));
        String leaky = Json.number(s.number("dr_slope", Numbers.parse(DeadUnits.LEAKY_SLOPE), 0.01, 0.9));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("curves", curves);
        // the button's two runs: the layers as given, and their leaky twin
        m.put("deadRuns", List.of(DeadUnits.query(data, layers, opt, lr, epochs), DeadUnits.query(data, DeadUnits.leaky(layers, leaky),
                opt, lr, epochs)));
        return m;
    }

    /** The regularization view: the two experiments its button trains (see {@link Regularizing}), as spec queries. */
    static Map<String, Object> regularization(Settings s) {
        String reg = s.text("reg", "dropout");
        if (!List.of(Regularizing.CHOICES).contains(reg)) {
            throw new IllegalArgumentException("reg: '" + reg + "' is not one of dropout, bn, ln, l1, l2");
        }
        double rate = s.number("rate", Regularizing.DROPOUT, 0.05, 0.9);
        double penalty = s.number("penalty", Regularizing.PENALTY, 1e-6, 1);
        int rows = s.integer("n", Regularizing.ROWS, 50, 2000);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plain", Regularizing.query(null, rate, penalty, rows));
        m.put("regularized", Regularizing.query(reg, rate, penalty, rows));
        m.put("label", Regularizing.label(reg, rate, penalty));
        return m;
    }

    /** The forward pass as sums and as matrices: Mazur's network, or a random 3-4-2 one, at the chosen input. */
    static Map<String, Object> matrix(Settings s) {
        String net = s.text("net", "mazur");
        List<MatrixForward.LayerPass> passes;
        if (net.equals("mazur")) {
            passes = MatrixForward.mazur(new double[] {s.number("x1", SmallNetwork.INPUTS[0], -10, 10),
                s.number("x2", SmallNetwork.INPUTS[1], -10, 10)});
        } else if (net.equals("random")) {
            double[] x = {s.number("x1", 1, -10, 10), s.number("x2", 0.5, -10, 10), s.number("x3", -1, -10, 10)};
            passes = MatrixForward.random(x, scalar(Ids.activation(s.text("act", "relu"))), (long) s.number("seed", 1, 0, 1e9));
        } else {
            throw new IllegalArgumentException("net: '" + net + "' is not mazur or random");
        }
        List<Object> layers = new ArrayList<>();
        for (MatrixForward.LayerPass p : passes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("activation", p.activation);
            m.put("w", rows(p.w));
            m.put("b", list(p.b));
            m.put("input", list(p.input));
            m.put("terms", rows(p.terms));
            m.put("z", list(p.z));
            m.put("h", list(p.h));
            m.put("engineH", list(p.engineH));
            m.put("difference", p.difference);
            layers.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layers", layers);
        return m;
    }

    private static List<Object> rows(double[][] a) {
        List<Object> out = new ArrayList<>();
        for (double[] r : a) {
            out.add(list(r));
        }
        return out;
    }

    static Map<String, Object> losses(Settings s) {
        double delta = s.number("delta", 1, 0.05, 5);
        double outlier = s.number("outlier", 8, -10, 15);
        Map<String, Object> reg = new LinkedHashMap<>();
        for (String id : new String[] {"mse", "mae", "huber:" + Json.number(delta)}) {
            double[][] c = Curves.regressionLoss(Ids.loss(id), -3, 3, 121);
            reg.put(id.startsWith("huber") ? "huber" : id, List.of(list(c[0]), list(c[1]), list(c[2])));
        }
        double[][] ce = Curves.crossEntropy(0.001, 0.999, 200);
        double[][] pts = Curves.fitPoints(outlier);
        Map<String, Object> fits = new LinkedHashMap<>();
        for (String id : new String[] {"mse", "mae", "huber:" + Json.number(delta)}) {
            fits.put(id.startsWith("huber") ? "huber" : id, list(Curves.fitLine(pts, Ids.loss(id))));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regression", reg);
        m.put("crossEntropy", List.of(list(ce[0]), list(ce[1]), list(ce[2])));
        m.put("points", List.of(list(pts[0]), list(pts[1])));
        m.put("fits", fits);
        m.put("exactMae", list(Curves.leastAbsoluteLine(pts))); // {a, c, its MAE}: what the MAE fit settles on
        return m;
    }

    static Map<String, Object> optimizers(Settings s) {
        Surface surface = Surface.of(s.text("surface", "bowl"));
        List<Race> runs = optimizerRaces(s, surface);
        List<Object> races = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Object> race = race(runs.get(i));
            race.put("name", OPTIMIZER_NAMES.get(i));
            races.add(race);
        }
        Map<String, Object> m = surfaceJson(surface);
        m.put("races", races);
        return m;
    }

    /**
     * The optimizers view's races at the settings, in {@link #OPTIMIZER_NAMES}'s order. Momentum races twice: Keras's
     * m ← βm − ηg at 0.005 and the primer's moving average at 0.05 take the same steps (the average at η is Keras's at
     * η·(1−β)), so their paths lie on each other until a rate is changed.
     */
    static List<Race> optimizerRaces(Settings s, Surface surface) {
        double x0 = s.number("x0", surface.startX, -10, 10);
        double y0 = s.number("y0", surface.startY, -10, 10);
        int steps = s.integer("steps", 100, 1, 2000);
        String beta = s.text("beta", "0.9");
        String[] ids = {"sgd", "momentum:" + beta, "momentum:" + beta + ":ema", "adagrad", "rmsprop:" + s.text("rho", "0.9"),
            "adam:" + s.text("b1", "0.9") + ":" + s.text("b2", "0.999")};
        List<Race> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            double lr = s.number("lr_" + OPTIMIZER_RATE_KEYS.get(i), OPTIMIZER_RATES[i], 1e-6, 10);
            out.add(Race.run(surface, ids[i], lr, x0, y0, steps));
        }
        return out;
    }

    /** The racers' rate settings (lr_…) and their defaults, in {@link #OPTIMIZER_NAMES}'s order. */
    static final List<String> OPTIMIZER_RATE_KEYS = List.of("sgd", "momentum", "momentum_ema", "adagrad", "rmsprop", "adam");
    static final double[] OPTIMIZER_RATES = {SGD_RATE, 0.005, 0.05, 0.5, 0.05, 0.1};

    /** The learning-rate view's three constant rates: small, good, and just above the bowl's 2/20 = 0.1. */
    static final String[] RATE_LABELS = {"small", "good", "large"};
    static final double[] RATES = {0.002, 0.05, 0.105};
    /** The schedule that drives the fourth run (the large rate, decayed) by default: step decay, halving every 25 steps. */
    static final String DRIVE = "step";
    static final String STEP_DECAY = "0.5:25";

    static Map<String, Object> learningRate(Settings s) {
        Surface surface = Surface.of(s.text("surface", "bowl"));
        double x0 = s.number("x0", surface.startX, -10, 10);
        double y0 = s.number("y0", surface.startY, -10, 10);
        int steps = s.integer("steps", 60, 1, 2000);
        double[] rates = new double[RATES.length];
        for (int i = 0; i < RATES.length; i++) {
            rates[i] = s.number("lr_" + RATE_LABELS[i], RATES[i], 1e-6, 10);
        }
        double base = s.number("base", 0.1, 1e-6, 10);
        String[] scheduleIds = {"constant", "time:" + s.text("time", "0.01"), "step:" + s.text("step", STEP_DECAY),
            "exp:" + s.text("exp", "0.96:10")};
        String drive = s.text("drive", DRIVE);
        LrSchedule driving = null;
        List<Object> schedules = new ArrayList<>();
        for (String id : scheduleIds) {
            LrSchedule sch = Ids.schedule(id);
            double[] v = new double[101];
            for (int t = 0; t <= 100; t++) {
                v[t] = base * sch.factor(t);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", sch.id());
            m.put("rates", list(v));
            schedules.add(m);
            if (id.startsWith(drive + ":")) {
                driving = sch;
            }
        }
        if (driving == null) {
            throw new IllegalArgumentException("drive: '" + drive + "' is not a schedule (time, step or exp)");
        }
        List<Object> races = new ArrayList<>();
        for (int i = 0; i <= RATES.length; i++) {
            boolean decayed = i == RATES.length; // the large rate again, its schedule lowering it as the run goes on
            double lr = rates[decayed ? RATES.length - 1 : i];
            Race run = Race.run(surface, "sgd", lr, decayed ? driving : LrSchedule.CONSTANT, x0, y0, steps);
            Map<String, Object> m = race(run);
            m.put("label", decayed ? "decayed" : RATE_LABELS[i]);
            if (decayed) {
                m.put("schedule", driving.id());
                double[] used = new double[run.xs.length];
                for (int t = 0; t < used.length; t++) {
                    used[t] = lr * driving.factor(t);
                }
                m.put("rates", list(used)); // rates[t]: the rate of the step from position t to t + 1
            }
            double[] factors = surface.stepFactors(lr);
            if (factors != null && !decayed) { // per axis: |1 − ηλ| > 1 grows (down the saddle's y, that is the escape)
                m.put("factors", list(factors));
                m.put("curvatures", list(surface.curvatures()));
            }
            races.add(m);
        }
        Map<String, Object> m = surfaceJson(surface);
        m.put("races", races);
        m.put("schedules", schedules);
        return m;
    }

    private static Map<String, Object> race(Race r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("optimizer", r.optimizer);
        m.put("rate", r.rate);
        m.put("xs", list(r.xs));
        m.put("ys", list(r.ys));
        m.put("losses", list(r.losses));
        m.put("divergedAt", (double) r.divergedAt);
        return m;
    }

    /** The surface on a 60×60 grid for the contour map, with its box. */
    private static Map<String, Object> surfaceJson(Surface s) {
        int n = 60;
        double[] grid = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = s.xMin + (s.xMax - s.xMin) * (i + 0.5) / n;
                double y = s.yMax - (s.yMax - s.yMin) * (j + 0.5) / n;
                grid[j * n + i] = s.value(x, y);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("surface", s.id());
        m.put("title", s.title);
        m.put("box", List.of(s.xMin, s.xMax, s.yMin, s.yMax));
        m.put("grid", list(grid));
        m.put("size", (double) n);
        double min = s.minimum();
        if (min == min) { // the saddle has none: it is left out, and the page plots the loss itself
            m.put("minimum", min);
        }
        return m;
    }

    private static List<Object> list(double[] a) {
        List<Object> l = new ArrayList<>(a.length);
        for (double v : a) {
            l.add(v);
        }
        return l;
    }

    private static List<Object> ints(int[] a) {
        List<Object> l = new ArrayList<>(a.length);
        for (int v : a) {
            l.add((double) v);
        }
        return l;
    }
}
