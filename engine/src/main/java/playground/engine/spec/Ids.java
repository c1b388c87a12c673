package playground.engine.spec;

import java.util.ArrayList;
import java.util.List;
import playground.engine.loss.BinaryCrossEntropy;
import playground.engine.loss.CategoricalCrossEntropy;
import playground.engine.loss.HalfSquaredError;
import playground.engine.loss.Huber;
import playground.engine.loss.Loss;
import playground.engine.loss.MeanAbsoluteError;
import playground.engine.loss.MeanSquaredError;
import playground.engine.loss.RootMeanSquaredError;
import playground.engine.activation.Activation;
import playground.engine.nn.Init;
import playground.engine.optim.Adagrad;
import playground.engine.optim.Adam;
import playground.engine.optim.LrSchedule;
import playground.engine.optim.Momentum;
import playground.engine.optim.Optimizer;
import playground.engine.optim.RmsProp;
import playground.engine.optim.Sgd;

/**
 * Reads the short ids that specs, URLs and the CLI use for activations, initializers, losses, optimizers and
 * schedules ("leaky_relu:0.2", "he_normal", "huber:1.5", "adam:0.9:0.999", "time:0.01") — the inverse of each
 * class's {@code id()}. Parsing lives here, not in the numeric classes, and uses no regular expressions (they would
 * triple the size of the browser bundle). Errors name the bad text and list what is accepted.
 */
public final class Ids {
    private Ids() {
    }

    public static Activation activation(String text) {
        List<String> p = parts(text);
        switch (p.get(0)) {
            case "linear":
            case "none":
                return Activation.LINEAR;
            case "sigmoid":
                return Activation.SIGMOID;
            case "tanh":
                return Activation.TANH;
            case "relu":
                return Activation.RELU;
            case "softmax":
                return Activation.SOFTMAX;
            case "leaky_relu":
                return Activation.leakyRelu(number(p, 1, Activation.DEFAULT_LEAKY_SLOPE, text));
            default:
                throw unknown("activation", text, "linear, sigmoid, tanh, relu, leaky_relu[:slope] or softmax");
        }
    }

    public static Init init(String text) {
        List<String> p = parts(text);
        switch (p.get(0)) {
            case "zeros":
                return Init.ZEROS;
            case "ones":
                return Init.constant(1);
            case "constant":
                return Init.constant(number(p, 1, 0, text));
            case "random_normal":
                return Init.randomNormal(number(p, 1, 1, text));
            case "random_uniform":
                return Init.randomUniform(number(p, 1, 0.05, text));
            case "lecun_uniform":
                return Init.LECUN_UNIFORM;
            case "lecun_normal":
                return Init.LECUN_NORMAL;
            case "glorot_uniform":
            case "xavier_uniform":
                return Init.GLOROT_UNIFORM;
            case "glorot_normal":
            case "xavier_normal":
                return Init.GLOROT_NORMAL;
            case "he_uniform":
                return Init.HE_UNIFORM;
            case "he_normal":
                return Init.HE_NORMAL;
            default:
                throw unknown("initializer", text, "zeros, ones, constant:c, random_normal[:σ], random_uniform[:a], "
                        + "lecun_uniform, lecun_normal, glorot_uniform, glorot_normal, he_uniform or he_normal");
        }
    }

    public static Loss loss(String text) {
        List<String> p = parts(text);
        switch (p.get(0)) {
            case "mse":
                return new MeanSquaredError();
            case "rmse":
                return new RootMeanSquaredError();
            case "mae":
                return new MeanAbsoluteError();
            case "huber":
                return new Huber(number(p, 1, Huber.DEFAULT_DELTA, text));
            case "bce":
            case "binary_crossentropy":
                return new BinaryCrossEntropy();
            case "cce":
            case "categorical_crossentropy":
                return new CategoricalCrossEntropy();
            case "half_se":
                return new HalfSquaredError();
            default:
                throw unknown("loss", text, "mse, rmse, mae, huber[:delta], bce, cce or half_se");
        }
    }

    public static Optimizer optimizer(String text, double learningRate) {
        List<String> p = parts(text);
        switch (p.get(0)) {
            case "sgd":
                return new Sgd(learningRate);
            case "momentum":
                return new Momentum(learningRate, number(p, 1, Momentum.DEFAULT_BETA, text), false);
            case "nesterov":
                return new Momentum(learningRate, number(p, 1, Momentum.DEFAULT_BETA, text), true);
            case "adagrad":
                return new Adagrad(learningRate);
            case "rmsprop":
                return new RmsProp(learningRate, number(p, 1, RmsProp.DEFAULT_BETA, text));
            case "adam":
                return new Adam(learningRate, number(p, 1, Adam.DEFAULT_BETA1, text),
                        number(p, 2, Adam.DEFAULT_BETA2, text), Adam.DEFAULT_EPSILON);
            default:
                throw unknown("optimizer", text, "sgd, momentum[:β], nesterov[:β], adagrad, rmsprop[:β] or adam[:β1:β2]");
        }
    }

    public static LrSchedule schedule(String text) {
        List<String> p = parts(text);
        switch (p.get(0)) {
            case "constant":
            case "none":
                return LrSchedule.CONSTANT;
            case "time":
                return LrSchedule.timeBased(number(p, 1, Double.NaN, text));
            case "step":
                return LrSchedule.step(number(p, 1, Double.NaN, text), (int) number(p, 2, Double.NaN, text));
            case "exp":
                return LrSchedule.exponential(number(p, 1, Double.NaN, text), (int) number(p, 2, Double.NaN, text));
            default:
                throw unknown("learning-rate schedule", text, "constant, time:d, step:factor:period or exp:factor:period");
        }
    }

    /** "adam:0.9:0.999" → ["adam", "0.9", "0.999"], trimmed and lower-cased. */
    public static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        String s = text.trim().toLowerCase();
        int start = 0;
        while (true) {
            int colon = s.indexOf(':', start);
            if (colon < 0) {
                out.add(s.substring(start).trim());
                return out;
            }
            out.add(s.substring(start, colon).trim());
            start = colon + 1;
        }
    }

    /** Splits at {@code separator}, trimming each piece and leaving out empty ones: "a, b,,c" → [a, b, c]. */
    public static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                String piece = text.substring(start, i).trim();
                if (!piece.isEmpty()) {
                    out.add(piece);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static double number(List<String> p, int i, double fallback, String whole) {
        if (p.size() <= i) {
            if (Double.isNaN(fallback)) {
                throw new IllegalArgumentException("'" + whole + "' is missing its parameter number " + i);
            }
            return fallback;
        }
        try {
            return Double.parseDouble(p.get(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + p.get(i) + "' in '" + whole + "' is not a number");
        }
    }

    private static IllegalArgumentException unknown(String what, String text, String expected) {
        return new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + expected + ")");
    }
}
