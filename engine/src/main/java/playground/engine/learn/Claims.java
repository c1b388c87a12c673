package playground.engine.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.engine.activation.Activation;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Numbers;

/**
 * The facts a view's "Try this" states, computed here for the view's default settings, so the sentence cannot drift
 * from what the picture shows; a JUnit test pins each one. The sentences are built from the facts, never typed.
 */
public final class Claims {
    /** The steps over which the optimizers' claim counts reversals. */
    static final int TURN_STEPS = 50;

    private Claims() {
    }

    /**
     * Each sentence computed on its first use, in a holder of its own (the JVM's lazy class initialization), so a view
     * pays only for its own claim; they depend on the defaults only, so once is enough.
     */
    private static final class Optimizers {
        static final String SENTENCE = optimizersSentence();
    }

    private static final class LearningRate {
        static final String SENTENCE = learningRateSentence();
    }

    private static final class Activations {
        static final String SENTENCE = activationsSentence();
    }

    private static final class Regularization {
        static final String SENTENCE = regularizationSentence();
    }

    private static final class Matrix {
        static final String SENTENCE = matrixSentence();
    }

    private static final class Batch {
        static final String SENTENCE = batchSentence();
    }

    private static final class Residual {
        static final String SENTENCE = residualSentence();
    }

    private static final class Imbalance {
        static final String SENTENCE = imbalanceSentence();
    }

    private static final class NeuronClaim {
        static final String SENTENCE = neuronSentence();
    }

    private static final class NetworkClaim {
        static final String SENTENCE = networkSentence();
        static final String SLIPS = networkSlipsNote();
    }

    private static final class InitClaim {
        static final String SENTENCE = initSentence();
    }

    private static final class LossesClaim {
        static final String SENTENCE = lossesSentence();
    }

    /** The neuron view's "Try this". */
    public static String neuron() {
        return NeuronClaim.SENTENCE;
    }

    /** The network view's "Try this": it makes the post's 10,000 updates once. */
    public static String network() {
        return NetworkClaim.SENTENCE;
    }

    /** Where the post's later figures come from: the network view's note under the numbers. */
    public static String networkSlips() {
        return NetworkClaim.SLIPS;
    }

    /** The initialization view's "Try this". */
    public static String init() {
        return InitClaim.SENTENCE;
    }

    /** The losses view's "Try this": it fits the line a few times, as the view's controls would. */
    public static String losses() {
        return LossesClaim.SENTENCE;
    }


    /** The matrix view's "Try this". */
    public static String matrix() {
        return Matrix.SENTENCE;
    }

    /** The batch view's "Try this": it trains the three default runs once. */
    public static String batch() {
        return Batch.SENTENCE;
    }

    /** The residual view's "Try this": it trains the two default networks once. */
    public static String residual() {
        return Residual.SENTENCE;
    }

    /** The imbalance view's "Try this": it trains the default network once. */
    public static String imbalance() {
        return Imbalance.SENTENCE;
    }

    /** The regularization view's "Try this": it trains the default setup six times, once per choice and once plain. */
    public static String regularization() {
        return Regularization.SENTENCE;
    }

    /** The activations view's "Try this": it trains the view's two default networks once (a fraction of a second). */
    public static String activations() {
        return Activations.SENTENCE;
    }

    /** The optimizers view's "Try this". */
    public static String optimizers() {
        return Optimizers.SENTENCE;
    }

    /** The learning-rate view's "Try this". */
    public static String learningRate() {
        return LearningRate.SENTENCE;
    }

    /**
     * How often a path reverses across the y direction (the bowl's steep one) in its first {@code steps} steps: steps
     * whose y-move has the opposite sign of the one before.
     */
    static int reversals(double[] ys, int steps) {
        int turns = 0;
        for (int t = 2; t <= steps && t < ys.length; t++) {
            if ((ys[t] - ys[t - 1]) * (ys[t - 1] - ys[t - 2]) < 0) {
                turns++;
            }
        }
        return turns;
    }

    /** Each optimizer of the optimizers view at its defaults on the bowl, in its order: how often it reverses in 50 steps. */
    static int[] bowlReversals() {
        List<Race> races = Learn.optimizerRaces(new Learn.Settings(""), Surface.BOWL);
        int[] out = new int[races.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = reversals(races.get(i).ys, TURN_STEPS);
        }
        return out;
    }

    /** The saddle's level the claim calls escaped: below it, a path has left the ridge and is going down. */
    static final double ESCAPED_BELOW = -1;

    /** The races on the saddle from its default start, at the defaults. */
    static List<Race> saddleRaces() {
        return Learn.optimizerRaces(new Learn.Settings(""), Surface.SADDLE);
    }

    /** Which of {@code races} ended below {@link #ESCAPED_BELOW} without diverging, by name. */
    static List<String> escaped(List<Race> races) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < races.size(); i++) {
            Race r = races.get(i);
            if (r.divergedAt < 0 && r.losses[r.losses.length - 1] < ESCAPED_BELOW) {
                out.add(Learn.OPTIMIZER_NAMES.get(i));
            }
        }
        return out;
    }

    private static String optimizersSentence() {
        int[] turns = bowlReversals();
        StringBuilder others = new StringBuilder();
        for (int i = 1; i < turns.length; i++) {
            others.append(i == 1 ? "" : i == turns.length - 1 ? " and " : ", ").append(Learn.OPTIMIZER_NAMES.get(i)).append(' ')
                    .append(turns[i]);
        }
        List<Race> saddle = saddleRaces();
        List<String> escaped = escaped(saddle);
        int steps = saddle.get(0).losses.length - 1;
        return "At the default settings, on the ill-conditioned bowl plain SGD at η = " + Numbers.format(Learn.SGD_RATE)
                + " zig-zags across the valley: it changes direction " + turns[0] + " times in the first " + TURN_STEPS
                + " steps (" + others + "). On the saddle, starting almost on the ridge (y = " + Numbers.format(Surface.SADDLE.startY)
                + "), " + (escaped.isEmpty() ? "none has" : escaped.size() == saddle.size() ? "every one has"
                        : String.join(", ", escaped) + (escaped.size() == 1 ? " has" : " have"))
                + " escaped below −" + Numbers.format(-ESCAPED_BELOW) + " after " + steps + " steps. Click or drag on the map to move the start.";
    }

    /** The learning-rate view's races at its defaults: small, good, large, and the large rate decayed. */
    @SuppressWarnings("unchecked")
    static List<java.util.Map<String, Object>> rateRaces() {
        return (List<java.util.Map<String, Object>>) (List<?>) Learn.learningRate(new Learn.Settings("")).get("races");
    }

    /**
     * The large rate's last loss as a multiple of its start; the same for its decayed run; and the decayed run's highest
     * loss as a multiple of its start.
     */
    static double[] largeRateGrowth() {
        List<java.util.Map<String, Object>> races = rateRaces();
        List<?> decayed = (List<?>) races.get(3).get("losses");
        double peak = 0;
        for (Object l : decayed) {
            peak = Math.max(peak, (Double) l);
        }
        return new double[] {lossRatio(races.get(2)), lossRatio(races.get(3)), peak / (Double) decayed.get(0)};
    }

    private static double lossRatio(java.util.Map<String, Object> race) {
        List<?> losses = (List<?>) race.get("losses");
        return (Double) losses.get(losses.size() - 1) / (Double) losses.get(0);
    }

    private static String learningRateSentence() {
        double large = Learn.RATES[2];
        double steep = Surface.BOWL.curvatures()[1];
        double above = Math.abs(Surface.BOWL.stepFactors(large)[1]);
        double below = Math.abs(Surface.BOWL.stepFactors(0.099)[1]);
        double[] growth = largeRateGrowth();
        java.util.Map<String, Object> largeRace = rateRaces().get(2);
        int steps = ((List<?>) largeRace.get("losses")).size() - 1;
        // the race stops a run whose loss passes a thousand times its start; say which happened
        String slowly = (Double) largeRace.get("divergedAt") >= 0
                ? "it takes " + steps + " steps to pass a thousand times its start (" + Numbers.significant(growth[0], 3) + "×), where the run stops"
                : "after " + steps + " steps it is " + Numbers.significant(growth[0], 3) + " times its start";
        playground.engine.optim.LrSchedule drive = playground.engine.spec.Ids.schedule(Learn.DRIVE + ":" + Learn.STEP_DECAY);
        return "At the defaults, the large rate η = " + Numbers.format(large) + " is just above 2/" + Numbers.format(steep)
                + " = " + Numbers.format(2 / steep) + ": each step multiplies the distance across the bowl by |1 − ηλ| = "
                + Numbers.significant(above, 3) + ", so the loss (its square, mostly) grows about " + Numbers.significant(above * above, 3)
                + "-fold a step — slowly: " + slowly + ". Lower it from " + Numbers.format(large) + " to 0.099 (factor " + Numbers.significant(below, 3)
                + ") and it converges. The decayed run starts at the same rate and multiplies it by " + Numbers.format(drive.rate)
                + " every " + drive.period + " steps: it grows at first, to " + Numbers.significant(growth[2], 3)
                + " times its start, then the rate " + Numbers.significant(large * drive.rate, 3) + " is below " + Numbers.format(2 / steep)
                + " and it converges, ending at " + Numbers.significant(growth[1], 3) + " times its start.";
    }

    /** The dead-unit run at the activations view's defaults, or its leaky twin: {@link LearnTraining#deadRelus}'s answer. */
    static Map<String, Object> deadRun(boolean leaky) {
        String layers = leaky ? DeadUnits.leaky(DeadUnits.LAYERS, DeadUnits.LEAKY_SLOPE) : DeadUnits.LAYERS;
        return LearnTraining.deadRelus(experiment(DeadUnits.query(DeadUnits.DATA, layers, DeadUnits.OPTIMIZER, DeadUnits.RATE,
                DeadUnits.EPOCHS)));
    }

    /** The experiment a synthetic-data query describes, exactly as the page's engine builds it. */
    static Experiment experiment(String query) {
        ExperimentSpec spec = ExperimentSpec.fromQuery(query).spec;
        Table t = Synthetic.table(spec.get("data"), spec.integer("n"), spec.number("noise"), spec.seed("data_seed"));
        return Experiment.prepare(spec, t, null, List.of());
    }

    /** The lowest and highest input the network sees at the dead-unit defaults, after preprocessing. */
    static double[] inputRange() {
        Experiment e = experiment(DeadUnits.query(DeadUnits.DATA, DeadUnits.LAYERS, DeadUnits.OPTIMIZER, DeadUnits.RATE, DeadUnits.EPOCHS));
        double[] x = e.preprocessor.transform(e.table, e.split.train);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    /** A run's dead share per layer at epoch {@code i} (0 = before training; −1 = the last). */
    static double[] shares(Map<String, Object> run, int i) {
        List<?> epochs = (List<?>) run.get("epochs");
        List<?> d = (List<?>) ((Map<?, ?>) epochs.get(i < 0 ? epochs.size() - 1 : i)).get("dead");
        double[] out = new double[d.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = (Double) d.get(k);
        }
        return out;
    }

    /** How many times, from one epoch to the next, some layer's dead share fell: units that came back to life. */
    static int comebacks(Map<String, Object> run) {
        int n = 0;
        int epochs = ((List<?>) run.get("epochs")).size();
        for (int i = 1; i < epochs; i++) {
            double[] before = shares(run, i - 1);
            double[] after = shares(run, i);
            for (int k = 0; k < after.length; k++) {
                n += after[k] < before[k] ? 1 : 0;
            }
        }
        return n;
    }

    private static String percents(double[] shares) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < shares.length; k++) {
            sb.append(k == 0 ? "" : k == shares.length - 1 ? " and " : ", ").append(Math.round(100 * shares[k])).append(" %");
        }
        return sb.toString();
    }

    private static String activationsSentence() {
        Map<String, Object> relu = deadRun(false);
        Map<String, Object> leaky = deadRun(true);
        double[] range = inputRange();
        double[] before = shares(relu, 0);
        double[] after = shares(relu, -1);
        double[] leakyAfter = shares(leaky, -1);
        int fanIn = 2; // the spiral's two coordinates
        int comebacks = comebacks(relu);
        return "Compare the derivatives' peaks: sigmoid's is only " + Numbers.format(Activation.SIGMOID.derivative(0)) + " (tanh's "
                + Numbers.format(Activation.TANH.derivative(0)) + "), so a stack of sigmoids shrinks the gradient at least fourfold per layer. "
                + "Then press Train both and count. Before any step, " + percents(before) + " of the three ReLU layers' units are already dead: the "
                + "inputs lie in [" + Numbers.format(range[0]) + ", " + Numbers.format(range[1]) + "] and the biases start at 0, so a first-layer "
                + "unit whose " + fanIn + " weights are both negative has z ≤ 0 on every row (1 chance in " + (1 << fanIn) + "), and later "
                + "layers, fed only non-negative values, lose units the same way. With " + (DeadUnits.OPTIMIZER.equals("adam") ? "Adam" : "SGD") + " at " + DeadUnits.RATE
                + ", after " + DeadUnits.EPOCHS + " epochs " + percents(after) + " are dead" + (comebacks > 0 ? "; yet a layer's share fell "
                        + comebacks + " times along the way, units coming back as the layers below them changed" : "")
                + ". The same network with leaky ReLU (α = " + DeadUnits.LEAKY_SLOPE + ") ends with " + percents(leakyAfter)
                + " switched off, and those still learn.";
    }

    /**
     * The final validation loss (no penalty; Keras's clipping) of the regularization view's run {@code reg} (null: plain) at
     * the defaults; public so the browser test can check the page's run against the JVM's.
     */
    public static double finalValidationLoss(String reg) {
        return (Double) lastEpoch(reg).get("val_data");
    }

    /** The last epoch's numbers of the regularization view's run {@code reg} (null: plain) at the defaults. */
    static Map<?, ?> lastEpoch(String reg) {
        Map<String, Object> run = LearnTraining.curves(defaultRegularizing(reg));
        List<?> epochs = (List<?>) run.get("epochs");
        return (Map<?, ?>) epochs.get(epochs.size() - 1);
    }

    static Experiment defaultRegularizing(String reg) {
        return experiment(Regularizing.query(reg, Regularizing.DROPOUT, Regularizing.PENALTY, Regularizing.ROWS));
    }

    private static String regularizationSentence() {
        Map<?, ?> last = lastEpoch(null);
        double plain = (Double) last.get("val_data");
        StringBuilder helped = new StringBuilder();
        StringBuilder hurt = new StringBuilder();
        for (String reg : Regularizing.CHOICES) {
            double v = finalValidationLoss(reg);
            long change = Math.round(100 * (v / plain - 1));
            StringBuilder to = v < plain ? helped : hurt;
            to.append(to.length() == 0 ? "" : "; ").append(Regularizing.label(reg, Regularizing.DROPOUT, Regularizing.PENALTY))
                    .append(' ').append(Numbers.significant(v, 3)).append(" (").append(change > 0 ? "+" : "−").append(Math.abs(change))
                    .append(" %)");
        }
        int train = defaultRegularizing(null).split.train.length;
        return "Press Train both. At the defaults (" + Regularizing.ROWS + " rows of a noisy circle, " + train + " of them to train on; "
                + Regularizing.DEPTH + " layers of " + Regularizing.WIDTH + " ReLU units; " + Regularizing.EPOCHS + " epochs of Adam at "
                + Regularizing.RATE + ") the plain network memorises its rows: its training loss falls to "
                + Numbers.significant((Double) last.get("loss"), 2) + " while its validation loss ends at " + Numbers.significant(plain, 3)
                + ". Each choice, trained the same way, ends at: " + (helped.length() == 0 ? "none lower" : helped)
                + (hurt.length() == 0 ? "." : ". Higher, so no help here: " + hurt + ".");
    }

    private static String nine(double v) {
        return Numbers.significant(v, 9);
    }

    private static String matrixSentence() {
        List<MatrixForward.LayerPass> passes = MatrixForward.mazur(SmallNetwork.INPUTS);
        MatrixForward.LayerPass hidden = passes.get(0);
        MatrixForward.LayerPass out = passes.get(1);
        double difference = Math.max(hidden.difference, out.difference);
        return "Row 1 of W₁ times x, plus b₁, is " + Numbers.format(hidden.w[0][0]) + " × " + Numbers.format(hidden.input[0]) + " + "
                + Numbers.format(hidden.w[0][1]) + " × " + Numbers.format(hidden.input[1]) + " + " + Numbers.format(hidden.b[0]) + " = "
                + nine(hidden.z[0]) + ": the element-wise equations' z₁ (Mazur's net_h1), and σ(" + nine(hidden.z[0]) + ") = " + nine(hidden.h[0])
                + " is his out_h1. The outputs σ(W₂h + b₂) are " + nine(out.h[0]) + " and " + nine(out.h[1]) + " (his out_o1 and out_o2). "
                + "The engine's Dense layers, which compute x·K + b with Keras's kernel K = Wᵀ, give "
                + (difference == 0 ? "exactly the same numbers in every unit" : "the same numbers to within " + Numbers.significant(difference, 2))
                + ". Change an input, or switch to the random 3-4-2 network: the sums, the matrices and the engine still agree.";
    }

    /** The batch view's three runs at the defaults: batch 1, the middle size, the full batch. */
    static List<Map<String, Object>> batchRuns() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int batch : new int[] {1, Lessons.BATCH_MIDDLE, Lessons.BATCH_ROWS}) {
            out.add(LearnTraining.curves(experiment(Lessons.batchQuery(Lessons.BATCH_DATA, Lessons.BATCH_RATE, Lessons.BATCH_EPOCHS, batch))));
        }
        return out;
    }

    /** A curves run's training loss after epoch {@code epoch} (1-based). */
    static double lossAfter(Map<String, Object> run, int epoch) {
        return (Double) ((Map<?, ?>) ((List<?>) run.get("epochs")).get(epoch - 1)).get("loss");
    }

    private static String batchSentence() {
        List<Map<String, Object>> runs = batchRuns();
        int epochs = Lessons.BATCH_EPOCHS;
        String[] names = {"batch 1", "batch " + Lessons.BATCH_MIDDLE, "the full batch"};
        StringBuilder perEpoch = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            long per = Math.round((Double) runs.get(i).get("updatesPerEpoch"));
            perEpoch.append(i == 0 ? "" : i == 2 ? "; and " : "; ").append(names[i]).append(": ").append(Numbers.grouped(per * epochs))
                    .append(" updates (").append(per).append(" an epoch), loss ")
                    .append(Numbers.significant(lossAfter(runs.get(i), epochs), 2));
        }
        long middlePer = Math.round((Double) runs.get(1).get("updatesPerEpoch"));
        int middleEpochs = (int) (epochs / middlePer); // its epochs whose updates stay within the full batch's
        double middle = lossAfter(runs.get(1), middleEpochs);
        double full = lossAfter(runs.get(2), epochs);
        String race = Math.abs(middle - full) < 0.05 ? "about even" : middle < full ? "batch " + Lessons.BATCH_MIDDLE + " ahead" : "the full batch ahead";
        return "After " + epochs + " epochs of SGD at " + Numbers.format(Lessons.BATCH_RATE) + " on " + Lessons.BATCH_DATA
                + ", the three runs have made: " + perEpoch + ". Per epoch, " + (lossAfter(runs.get(0), epochs) < lossAfter(runs.get(1), epochs)
                        && lossAfter(runs.get(1), epochs) < lossAfter(runs.get(2), epochs) ? "the smaller the batch, the further it gets"
                                : "the smaller batches are not always further") + ". Counted in updates it is "
                + "another race: after " + Numbers.grouped(middlePer * middleEpochs) + " updates (" + middleEpochs + " epochs) batch "
                + Lessons.BATCH_MIDDLE + " is at " + Numbers.significant(middle, 2) + ", the full batch after its "
                + epochs + " at " + Numbers.significant(full, 2) + " — " + race + ", though every full-batch update costs a pass over all "
                + Math.round((Double) runs.get(2).get("trainRows")) + " training rows. The table shows how long each run took in your browser.";
    }

    /** The residual view's two runs at the defaults, plain then residual (LearnTraining.deep's answers). */
    static List<Map<String, Object>> residualRuns() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (boolean residual : new boolean[] {false, true}) {
            out.add(LearnTraining.deep(experiment(Lessons.residualQuery(Lessons.RESIDUAL_ACTIVATION, Lessons.RESIDUAL_BLOCKS,
                    Lessons.RESIDUAL_RATE, Lessons.RESIDUAL_EPOCHS, residual))));
        }
        return out;
    }

    static double[] numbers(Object list) {
        List<?> l = (List<?>) list;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Double) l.get(i);
        }
        return out;
    }

    /** Before training, the plain sigmoid stack's gradient norms layer by layer (the output layer last). */
    static double[] sigmoidPlainGradients() {
        return numbers(LearnTraining.gradientNorms(experiment(Lessons.residualQuery("sigmoid", Lessons.RESIDUAL_BLOCKS,
                Lessons.RESIDUAL_RATE, Lessons.RESIDUAL_EPOCHS, false))));
    }

    private static String residualSentence() {
        List<Map<String, Object>> runs = residualRuns();
        double[] plain = numbers(runs.get(0).get("gradientsBefore"));
        double[] res = numbers(runs.get(1).get("gradientsBefore"));
        double least = Double.POSITIVE_INFINITY;
        double plainMax = 0;
        for (int i = 0; i < plain.length; i++) {
            least = Math.min(least, res[i] / plain[i]);
            plainMax = Math.max(plainMax, plain[i]);
        }
        double[] sigmoid = sigmoidPlainGradients();
        int hidden = 2 * Lessons.RESIDUAL_BLOCKS + 1;
        return "Before training, at the defaults (" + hidden + " hidden " + Lessons.RESIDUAL_ACTIVATION + " layers of " + Lessons.RESIDUAL_WIDTH
                + " units), the plain network's gradient norm is " + Numbers.significant(plain[0], 2) + " at layer 1 and at most "
                + Numbers.significant(plainMax, 2) + " at any layer; with residual blocks it is at least " + Numbers.significant(least, 2)
                + " times larger at every layer. After " + Lessons.RESIDUAL_EPOCHS + " epochs of SGD at " + Numbers.format(Lessons.RESIDUAL_RATE)
                + " the plain network's training loss is " + Numbers.significant(lossAfter(runs.get(0), Lessons.RESIDUAL_EPOCHS), 2)
                + " (a coin toss is 0.69) and the residual network's " + Numbers.significant(lossAfter(runs.get(1), Lessons.RESIDUAL_EPOCHS), 2)
                + ". Switch to sigmoid: the plain stack's gradient at layer 1 is then " + Numbers.significant(sigmoid[0], 2) + ", "
                + Numbers.significant(sigmoid[0] / sigmoid[sigmoid.length - 1], 2) + " of the output layer's — vanished.";
    }

    /** The imbalance view's run at the defaults (LearnTraining.thresholds' answer). */
    static Map<String, Object> imbalanceRun() {
        return LearnTraining.thresholds(experiment(Lessons.imbalanceQuery(Lessons.RARE_ROWS, Lessons.RARE_EPOCHS)));
    }

    /** The entry of the threshold with the highest F1 (the lowest such threshold on a tie). */
    static Map<?, ?> bestF1(List<?> thresholds) {
        Map<?, ?> best = (Map<?, ?>) thresholds.get(0);
        for (Object o : thresholds) {
            Map<?, ?> m = (Map<?, ?>) o;
            best = (Double) m.get("f1") > (Double) best.get("f1") ? m : best;
        }
        return best;
    }

    private static String percent(Object share) {
        return Numbers.significant(100 * (Double) share, 3) + " %";
    }

    private static String imbalanceSentence() {
        Map<String, Object> run = imbalanceRun();
        List<?> thresholds = (List<?>) run.get("thresholds");
        Map<?, ?> half = (Map<?, ?>) thresholds.get(49);
        Map<?, ?> best = bestF1(thresholds);
        long rows = Math.round((Double) run.get("testRows"));
        long positives = Math.round((Double) run.get("testPositives"));
        return "At the threshold 0.5 the network is right on " + percent(half.get("accuracy")) + " of the " + rows + " test rows — and "
                + "answering \"no\" every time would be right on " + percent(run.get("majorityAccuracy")) + ": only " + positives
                + " rows are of the rare class, and it finds " + Math.round((Double) half.get("tp")) + " of them (recall "
                + percent(half.get("recall")) + ", precision " + percent(half.get("precision")) + ", F1 "
                + Numbers.significant((Double) half.get("f1"), 2) + "). Lower the threshold to " + Numbers.format((Double) best.get("threshold"))
                + ", where F1 is highest (" + Numbers.significant((Double) best.get("f1"), 2) + "): it finds " + Math.round((Double) best.get("tp"))
                + " of " + positives + " (recall " + percent(best.get("recall")) + ") at precision " + percent(best.get("precision"))
                + ", while accuracy falls to " + percent(best.get("accuracy")) + ".";
    }

    /** A view's answer at {@code query} (the defaults for the rest), as the page receives it before JSON. */
    private static double num(Object o) {
        return (Double) o;
    }

    /** The neuron view's rows at {@code query}: step 0, then each step taken. */
    static List<Map<?, ?>> neuronRows(String query) {
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object r : (List<?>) Learn.neuron(new Learn.Settings(query)).get("rows")) {
            out.add((Map<?, ?>) r);
        }
        return out;
    }

    /** The steps of the neuron view's Step button from the defaults. */
    static final int NEURON_STEPS = 10;

    /** How far each of the first {@code steps} steps from the default start moves w. */
    static double[] neuronStepSizes(int steps) {
        List<Map<?, ?>> rows = neuronRows("steps=" + steps);
        double[] out = new double[steps];
        for (int i = 0; i < steps; i++) {
            out[i] = num(rows.get(i + 1).get("w")) - num(rows.get(i).get("w"));
        }
        return out;
    }

    private static boolean shrinking(double[] a) {
        for (int i = 1; i < a.length; i++) {
            if (!(Math.abs(a[i]) < Math.abs(a[i - 1]))) {
                return false;
            }
        }
        return true;
    }

    /** Six significant digits, as the neuron view prints them, with a true minus sign. */
    private static String six(double v) {
        return minus(Numbers.significant(v, 6));
    }

    private static String minus(String number) {
        return number.startsWith("-") ? "−" + number.substring(1) : number;
    }

    private static String neuronSentence() {
        Map<?, ?> start = neuronRows("").get(0);
        Map<?, ?> tenth = neuronRows("steps=" + NEURON_STEPS).get(NEURON_STEPS);
        Map<?, ?> xavier = neuronRows("w=0.5").get(0);
        double[] sizes = neuronStepSizes(NEURON_STEPS);
        double poorStep = num(start.get("wNext")) - num(start.get("w"));
        double xavierStep = num(xavier.get("wNext")) - num(xavier.get("w"));
        double gap = Math.abs(num(start.get("nudgeW")) - num(start.get("dLdw")));
        NeuronStep relu = NeuronStep.of(1, 0.1, 0.1, 1, 0.1, Activation.RELU, playground.engine.spec.Ids.loss("bce"));
        boolean warns = !Learn.neuronWarnings(Activation.RELU, playground.engine.spec.Ids.loss("bce"), 1, relu.h).isEmpty();
        return "At the default start, the primer's poor one (w = " + Numbers.format(num(start.get("w"))) + "), h = σ("
                + Numbers.format(num(start.get("z"))) + ") = " + six(num(start.get("h"))) + " and L = ½(1 − h)² = " + six(num(start.get("loss")))
                + ". The chain rule gives ∂L/∂w = " + six(num(start.get("dLdw"))) + "; nudging w by ε = " + Numbers.format(NeuronStep.EPSILON)
                + " each way moves L at a slope of " + six(num(start.get("nudgeW"))) + " (they differ by " + Numbers.significant(gap, 1)
                + "): the derivative is the slope. Press Step " + NEURON_STEPS + " times: w climbs to " + six(num(tenth.get("w")))
                + " and L falls to " + six(num(tenth.get("loss"))) + (shrinking(sizes) ? ", each step shorter than the one before (" : " (steps of ")
                + Numbers.significant(sizes[0], 3) + " first, " + Numbers.significant(sizes[sizes.length - 1], 3) + " last), as the slope flattens. "
                + "Load the \"Xavier\" start (w = 0.5): L is already " + six(num(xavier.get("loss"))) + " and its first step moves w by "
                + Numbers.significant(xavierStep, 3) + ", " + (Math.abs(xavierStep) < Math.abs(poorStep) ? "less" : "more") + " than the poor start's "
                + Numbers.significant(poorStep, 3) + "." + (warns ? " Then choose ReLU with binary cross-entropy: the view warns that ReLU's "
                        + "output is not a probability." : "");
    }

    private static String networkSentence() {
        SmallNetwork first = SmallNetwork.mazur(0);
        SmallNetwork round10000 = SmallNetwork.mazur(9_999);
        MazurPost post = MazurPost.after(1);
        double[] w = first.weightsAfter;
        return "Step through Forward, Backward and Update and compare with the post: E_total " + nine(first.error) + "; after the update w₅ "
                + nine(w[4]) + ", w₆ " + nine(w[5]) + ", w₇ " + nine(w[6]) + ", w₈ " + nine(w[7]) + ", w₁ " + nine(w[0]) + ", w₂ " + nine(w[1])
                + ", w₃ " + nine(w[2]) + " and w₄ " + nine(w[3]) + ", each the post's figure to every digit it prints. The next forward pass gives E_total "
                + nine(first.errorAfter) + "; the post prints " + nine(post.error) + ", which is what its numbers give when the hidden δ "
                + "read w₅ … w₈ already updated. Press \"The post's round 10,000\": E_total is " + six(round10000.error)
                + ", the post's figure after 10,000 rounds (the note below says why that is 9,999 updates).";
    }

    private static String networkSlipsNote() {
        SmallNetwork round10000 = SmallNetwork.mazur(9_999);
        SmallNetwork after10000 = SmallNetwork.mazur(10_000);
        MazurPost post = MazurPost.after(10_000);
        return "Where the post's last figures come from. Its \"after repeating this process 10,000 times, the error plummets to "
                + "0.0000351085\" is the error its 10,000th round computes in its forward pass, before that round's update: "
                + six(round10000.error) + " after 9,999 updates (\"The post's round 10,000\"); after 10,000 updates it is "
                + six(after10000.error) + ". Its outputs then, 0.015912196 and 0.984065734, come from back-propagating through output "
                + "weights already updated, which its text says not to do: replayed that way, 10,000 updates give " + nine(post.output[0])
                + " and " + nine(post.output[1]) + ". With the weights before the update, as the text and this view do, they are "
                + six(after10000.output[0]) + " and " + six(after10000.output[1]) + ".";
    }

    /** The initialization view's layers at {@code query} (the defaults for the rest). */
    static List<Map<?, ?>> initLayers(String query) {
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object l : (List<?>) Learn.init(new Learn.Settings(query)).get("layers")) {
            out.add((Map<?, ?>) l);
        }
        return out;
    }

    /** The lowest and highest of one number over a view's layers. */
    static double[] span(List<Map<?, ?>> layers, String key) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Map<?, ?> l : layers) {
            lo = Math.min(lo, num(l.get(key)));
            hi = Math.max(hi, num(l.get(key)));
        }
        return new double[] {lo, hi};
    }

    private static Map<?, ?> last(List<Map<?, ?>> layers) {
        return layers.get(layers.size() - 1);
    }

    private static String three(Object v) {
        return Numbers.significant(num(v), 3);
    }

    /** The initialization claim's deep ReLU stack. */
    static final String DEEP_RELU = "act=relu&depth=20";

    private static String initSentence() {
        List<Map<?, ?>> glorot = initLayers("");
        List<Map<?, ?>> big = initLayers("scheme=random_normal:1");
        List<Map<?, ?>> keras = initLayers("scheme=random_normal");
        Map<?, ?> reluGlorot = last(initLayers(DEEP_RELU));
        Map<?, ?> reluHe = last(initLayers(DEEP_RELU + "&scheme=he_uniform"));
        double[] grads = span(glorot, "gradientNorm");
        int depth = glorot.size();
        return "At the defaults (" + depth + " tanh layers of 64 units, Glorot uniform) the activations' σ is " + three(glorot.get(0).get("activationStd"))
                + " at layer 1 and " + three(last(glorot).get("activationStd")) + " at layer " + depth + ", and every layer's gradient norm lies between "
                + Numbers.significant(grads[0], 3) + " and " + Numbers.significant(grads[1], 3) + ": the signal survives both ways. Choose random normal "
                + "with σ = 1: " + Math.round(100 * num(big.get(0).get("stuckShare"))) + " % of layer 1's activations are saturated (|tanh| > 0.99), "
                + "and layer 1's gradient norm is " + three(big.get(0).get("gradientNorm")) + " against the last layer's "
                + three(last(big).get("gradientNorm")) + ", exploding on its way back. Keras's default σ = 0.05 fails the other way: by layer " + depth + " the activations' σ is "
                + three(last(keras).get("activationStd")) + " and the gradient norm " + three(last(keras).get("gradientNorm"))
                + ". Then take 20 layers of ReLU: the last layer's σ is " + three(reluGlorot.get("activationStd")) + " with Glorot uniform and "
                + three(reluHe.get("activationStd")) + " with He uniform, whose variance 2/fan_in makes up for the half of each layer's "
                + "inputs that ReLU zeroes.";
    }

    /** The losses view's fitted lines at {@code query}: mse, mae, huber → {slope, intercept}. */
    static Map<?, ?> fits(String query) {
        return (Map<?, ?>) Learn.losses(new Learn.Settings(query)).get("fits");
    }

    static double slope(Map<?, ?> fits, String loss) {
        return num(((List<?>) fits.get(loss)).get(0));
    }

    /** The largest distance of a point from a line {a, c}: if it is below δ, Huber is the squared error everywhere. */
    static double largestResidual(double[][] pts, double a, double c) {
        double most = 0;
        for (int i = 0; i < pts[0].length; i++) {
            most = Math.max(most, Math.abs(pts[1][i] - a * pts[0][i] - c));
        }
        return most;
    }

    private static String lossesSentence() {
        Map<?, ?> at8 = fits("");
        Map<?, ?> at15 = fits("outlier=15");
        Map<?, ?> small = fits("delta=0.05");
        Map<?, ?> large = fits("delta=5");
        List<?> mse = (List<?>) at8.get("mse");
        double residual = largestResidual(Curves.fitPoints(8), num(mse.get(0)), num(mse.get(1)));
        return "With the outlier at y = 8 the slopes of the fitted lines are: squared error " + three(slope(at8, "mse")) + ", absolute error "
                + Numbers.significant(slope(at8, "mae"), 4) + ", Huber (δ = 1) " + three(slope(at8, "huber")) + ". Drag it to 15: the squared "
                + "error's slope goes to " + three(slope(at15, "mse")) + ", while the absolute error's stays " + Numbers.significant(slope(at15, "mae"), 4)
                + " and Huber's " + three(slope(at15, "huber")) + " — beyond δ a point pulls with the same force however far it is. Back at 8, make δ "
                + "0.05: Huber's slope is " + three(slope(small, "huber")) + ", near the absolute error's; make it 5: "
                + three(slope(large, "huber")) + (residual < 5 ? ", the squared error's, since no point is then more than δ from the line (the "
                        + "farthest is " + three(residual) + " away)." : ".");
    }
}
