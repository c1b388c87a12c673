package playground.engine.spec;

import java.util.function.DoubleFunction;
import playground.engine.activation.Activation;
import playground.engine.loss.BinaryCrossEntropy;
import playground.engine.loss.CategoricalCrossEntropy;
import playground.engine.loss.HalfSquaredError;
import playground.engine.loss.Huber;
import playground.engine.loss.Loss;
import playground.engine.loss.MeanAbsoluteError;
import playground.engine.loss.MeanSquaredError;
import playground.engine.loss.RootMeanSquaredError;
import playground.engine.nn.Init;
import playground.engine.nn.Penalty;
import playground.engine.optim.Adagrad;
import playground.engine.optim.Adam;
import playground.engine.optim.LrSchedule;
import playground.engine.optim.Momentum;
import playground.engine.optim.Optimizer;
import playground.engine.optim.RmsProp;
import playground.engine.optim.Sgd;

/**
 * The short ids that specs, URLs and the CLI use for activations, initializers, losses, optimizers and schedules
 * ("leaky_relu:0.2", "he_normal", "huber:1.5", "adam:0.9:0.999", "time:0.01") — the inverse of each class's
 * {@code id()} — each family declared once, as a {@link Family}. Parsing lives here, not in the numeric classes.
 */
public final class Ids {
    private Ids() {
    }

    private static final Param EMA = Param.flag("the primer's moving average v ← βv + (1−β)g (version 1's)", "ema").legacy();
    private static final Param EPS_OUTSIDE = Param.flag("ε outside the root, the primer's (version 1's)", "eps_outside").legacy();
    private static final Param UNTRUNCATED = Param.flag("a plain normal, not truncated (version 1's)", "untruncated").legacy();

    public static final Family<Activation> ACTIVATIONS = new Family<Activation>("activation")
            .add("linear", "linear", "linear", p -> Activation.LINEAR, "none")
            .add("sigmoid", "sigmoid", "sigmoid", p -> Activation.SIGMOID)
            .add("tanh", "tanh", "tanh", p -> Activation.TANH)
            .add("relu", "ReLU", "relu", p -> Activation.RELU)
            .add("leaky_relu", "leaky ReLU", "leaky_relu[:slope]",
                    p -> Activation.leakyRelu(p.number(1, Activation.DEFAULT_LEAKY_SLOPE)))
            .params(Param.number("slope", f(Activation.DEFAULT_LEAKY_SLOPE), 0, 1))
            .add("softmax", "softmax", "softmax", p -> Activation.SOFTMAX);

    public static final Family<Init> INITIALIZERS = new Family<Init>("initializer")
            .add("zeros", "zeros", "zeros", p -> Init.ZEROS)
            .add("ones", "ones", "ones", p -> Init.constant(1))
            .add("constant", "constant", "constant:c", p -> Init.constant(p.number(1, 0)))
            .params(Param.number("c", "0", -1e6, 1e6).required())
            .add("random_normal", "random normal", "random_normal[:σ]",
                    p -> Init.randomNormal(p.number(1, Init.DEFAULT_RANDOM_NORMAL_STDDEV)))
            .params(Param.number("σ", f(Init.DEFAULT_RANDOM_NORMAL_STDDEV), 0, 1e3))
            .add("random_uniform", "random uniform", "random_uniform[:a]", p -> Init.randomUniform(p.number(1, 0.05)))
            .params(Param.number("a", "0.05", 0, 1e3))
            .add("lecun_uniform", "LeCun uniform", "lecun_uniform", p -> Init.LECUN_UNIFORM)
            .add("lecun_normal", "LeCun normal", "lecun_normal", p -> Init.LECUN_NORMAL.untruncated(p.flag("untruncated")))
            .params(UNTRUNCATED)
            .add("glorot_uniform", "Glorot (Xavier) uniform", "glorot_uniform", p -> Init.GLOROT_UNIFORM, "xavier_uniform")
            .add("glorot_normal", "Glorot (Xavier) normal", "glorot_normal",
                    p -> Init.GLOROT_NORMAL.untruncated(p.flag("untruncated")), "xavier_normal")
            .params(UNTRUNCATED)
            .add("he_uniform", "He uniform", "he_uniform", p -> Init.HE_UNIFORM)
            .add("he_normal", "He normal", "he_normal", p -> Init.HE_NORMAL.untruncated(p.flag("untruncated")))
            .params(UNTRUNCATED);

    public static final Family<Loss> LOSSES = new Family<Loss>("loss")
            .add("mse", "mean squared error", "mse", p -> new MeanSquaredError())
            .add("rmse", "root mean squared error", "rmse", p -> new RootMeanSquaredError())
            .add("mae", "mean absolute error", "mae", p -> new MeanAbsoluteError())
            .add("huber", "Huber", "huber[:delta]", p -> new Huber(p.number(1, Huber.DEFAULT_DELTA)))
            .params(Param.number("delta", f(Huber.DEFAULT_DELTA), 0, 1e9))
            .add("bce", "binary cross-entropy", "bce", p -> new BinaryCrossEntropy(), "binary_crossentropy")
            .add("cce", "categorical cross-entropy", "cce", p -> new CategoricalCrossEntropy(), "categorical_crossentropy")
            .add("half_se", "half squared error (the primer's)", "half_se", p -> new HalfSquaredError());

    /**
     * An optimizer is made once the learning rate is known. Each computes Keras 3's update; the flags marked legacy
     * spell version 1's formulas (the primer's: {@code ema}, {@code eps_outside}, {@code paper}), which an old link
     * rewritten in the newest version keeps. The written forms, which messages and help list, leave them out.
     */
    public static final Family<DoubleFunction<Optimizer>> OPTIMIZERS = new Family<DoubleFunction<Optimizer>>("optimizer")
            .add("sgd", "SGD", "sgd", p -> lr -> new Sgd(lr))
            .add("momentum", "SGD with momentum", "momentum[:β]", p -> {
                double beta = p.number(1, Momentum.DEFAULT_BETA);
                boolean ema = p.flag("ema");
                return lr -> new Momentum(lr, beta, false, ema);
            })
            .params(Param.number("β", f(Momentum.DEFAULT_BETA), 0, 1), EMA)
            .add("nesterov", "SGD with Nesterov momentum", "nesterov[:β]", p -> {
                double beta = p.number(1, Momentum.DEFAULT_BETA);
                boolean ema = p.flag("ema");
                return lr -> new Momentum(lr, beta, true, ema);
            })
            .params(Param.number("β", f(Momentum.DEFAULT_BETA), 0, 1), EMA)
            .add("adagrad", "Adagrad", "adagrad[:initial_accumulator]", p -> {
                double initial = p.number(1, Adagrad.DEFAULT_INITIAL_ACCUMULATOR);
                boolean outside = p.flag("eps_outside");
                return lr -> new Adagrad(lr, initial, outside);
            })
            .params(Param.number("initial accumulator", f(Adagrad.DEFAULT_INITIAL_ACCUMULATOR), 0, 1e6), EPS_OUTSIDE)
            .add("rmsprop", "RMSprop", "rmsprop[:ρ[:momentum]][:centered]", p -> {
                double rho = p.number(1, RmsProp.DEFAULT_BETA);
                double momentum = p.number(2, 0);
                boolean centered = p.flag("centered");
                boolean outside = p.flag("eps_outside");
                new RmsProp(1, rho, momentum, centered, outside); // checked now, not at the first step
                return lr -> new RmsProp(lr, rho, momentum, centered, outside);
            })
            .params(Param.number("ρ", f(RmsProp.DEFAULT_BETA), 0, 1), Param.number("momentum", "0", 0, 1),
                    Param.flag("centered", "centered"), EPS_OUTSIDE)
            .add("adam", "Adam", "adam[:β1:β2]", p -> {
                double beta1 = p.number(1, Adam.DEFAULT_BETA1);
                double beta2 = p.number(2, Adam.DEFAULT_BETA2);
                boolean paper = p.flag("paper");
                return lr -> new Adam(lr, beta1, beta2, Adam.DEFAULT_EPSILON, paper);
            })
            .params(Param.number("β1", f(Adam.DEFAULT_BETA1), 0, 1), Param.number("β2", f(Adam.DEFAULT_BETA2), 0, 1),
                    Param.flag("ε on the corrected √v̂ (the paper's Algorithm 1, version 1's)", "paper").legacy());

    /** Keras's default learning rate of each optimizer: SGD's (with or without momentum) 0.01, the others' 0.001. */
    public static double defaultRate(String optimizer) {
        switch (OPTIMIZERS.parts(optimizer).get(0)) {
            case "adagrad":
                return Adagrad.DEFAULT_LEARNING_RATE;
            case "rmsprop":
                return RmsProp.DEFAULT_LEARNING_RATE;
            case "adam":
                return Adam.DEFAULT_LEARNING_RATE;
            default:
                return Sgd.DEFAULT_LEARNING_RATE; // sgd, momentum and nesterov are Keras's SGD
        }
    }

    public static final Family<LrSchedule> SCHEDULES = new Family<LrSchedule>("learning-rate schedule")
            .add("constant", "constant", "constant", p -> LrSchedule.CONSTANT, "none")
            .add("time", "time-based decay", "time:d", p -> LrSchedule.timeBased(p.number(1, Double.NaN)))
            .params(Param.number("d", "0.001", 0, 1e6).required())
            .add("step", "step decay", "step:factor:period",
                    p -> LrSchedule.step(p.number(1, Double.NaN), (int) p.number(2, Double.NaN)))
            .params(Param.number("factor", "0.5", 0, 1).required(), Param.integer("period", "500", 1, 1e9).required())
            .add("exp", "exponential decay", "exp:factor:period",
                    p -> LrSchedule.exponential(p.number(1, Double.NaN), (int) p.number(2, Double.NaN)))
            .params(Param.number("factor", "0.96", 0, 1).required(), Param.integer("period", "100", 1, 1e9).required());

    /** Weight regularization of the Dense kernels, as Keras's regularizers.l1, l2 and l1_l2 (each rate default 0.01). */
    public static final Family<Penalty> REGULARIZERS = new Family<Penalty>("regularizer")
            .add("none", "none", "none", p -> Penalty.NONE)
            .add("l1", "L1 (Σ|w|)", "l1[:rate]", p -> new Penalty(p.number(1, Penalty.DEFAULT_RATE), 0))
            .params(Param.number("rate", f(Penalty.DEFAULT_RATE), 0, 1e3))
            .add("l2", "L2 (Σw²)", "l2[:rate]", p -> new Penalty(0, p.number(1, Penalty.DEFAULT_RATE)))
            .params(Param.number("rate", f(Penalty.DEFAULT_RATE), 0, 1e3))
            .add("l1l2", "L1 and L2", "l1l2[:l1:l2]",
                    p -> new Penalty(p.number(1, Penalty.DEFAULT_RATE), p.number(2, Penalty.DEFAULT_RATE)))
            .params(Param.number("l1", f(Penalty.DEFAULT_RATE), 0, 1e3), Param.number("l2", f(Penalty.DEFAULT_RATE), 0, 1e3));

    /** A default as the grammar writes it. */
    private static String f(double v) {
        return playground.engine.text.Numbers.format(v);
    }

    public static Activation activation(String text) {
        return ACTIVATIONS.parse(text);
    }

    public static Init init(String text) {
        return INITIALIZERS.parse(text);
    }

    public static Loss loss(String text) {
        return LOSSES.parse(text);
    }

    public static Optimizer optimizer(String text, double learningRate) {
        return OPTIMIZERS.parse(text).apply(learningRate);
    }

    public static LrSchedule schedule(String text) {
        return SCHEDULES.parse(text);
    }

    public static Penalty penalty(String text) {
        return REGULARIZERS.parse(text);
    }
}
