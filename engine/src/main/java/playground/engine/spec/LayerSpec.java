package playground.engine.spec;

import java.util.ArrayList;
import java.util.List;
import playground.engine.activation.Activation;
import playground.engine.nn.BatchNorm;
import playground.engine.nn.Dense;
import playground.engine.nn.Dropout;
import playground.engine.nn.Init;
import playground.engine.nn.Layer;
import playground.engine.nn.LayerNorm;
import playground.engine.nn.Residual;
import playground.engine.text.Numbers;
import playground.engine.text.Tokens;

/**
 * The description of one layer: plain, immutable data from which a fresh {@link Layer} is built. It has a compact
 * text form used on the command line and in URLs:
 * {@code dense:100:relu[:he_normal]}, {@code bn}, {@code ln}, {@code dropout:0.5}, {@code res(dense:16:relu,dense:16)}.
 */
public final class LayerSpec {
    public enum Type { DENSE, BATCH_NORM, LAYER_NORM, DROPOUT, RESIDUAL }

    /** The layer kinds of the grammar, with their written forms. */
    public static final List<Choice> KINDS = List.of(
            new Choice("dense", "Dense", "dense:UNITS[:ACTIVATION[:INIT[:BIAS_INIT]]]"),
            new Choice("bn", "BatchNorm", "bn"),
            new Choice("ln", "LayerNorm", "ln"),
            new Choice("dropout", "Dropout", "dropout:RATE"),
            new Choice("res", "Residual block", "res(LAYERS)"));
    /** The grammar of a layer list, for help texts. */
    public static final String FORMS = "comma list of " + Choice.forms(KINDS);

    public static final Init DEFAULT_KERNEL_INIT = Init.GLOROT_UNIFORM; // Keras's default
    public static final Init DEFAULT_BIAS_INIT = Init.ZEROS;

    public final Type type;
    public final int units;
    public final Activation activation;
    public final Init kernelInit;
    public final Init biasInit;
    public final double rate;
    public final List<LayerSpec> block;

    private LayerSpec(Type type, int units, Activation activation, Init kernelInit, Init biasInit, double rate,
            List<LayerSpec> block) {
        this.type = type;
        this.units = units;
        this.activation = activation;
        this.kernelInit = kernelInit;
        this.biasInit = biasInit;
        this.rate = rate;
        this.block = block;
    }

    public static LayerSpec dense(int units, Activation activation, Init kernelInit, Init biasInit) {
        if (units < 1) {
            throw new IllegalArgumentException("a dense layer needs at least 1 unit, was " + units);
        }
        return new LayerSpec(Type.DENSE, units, activation, kernelInit, biasInit, 0, List.of());
    }

    public static LayerSpec dense(int units, Activation activation) {
        return dense(units, activation, DEFAULT_KERNEL_INIT, DEFAULT_BIAS_INIT);
    }

    public static LayerSpec batchNorm() {
        return new LayerSpec(Type.BATCH_NORM, 0, null, null, null, 0, List.of());
    }

    public static LayerSpec layerNorm() {
        return new LayerSpec(Type.LAYER_NORM, 0, null, null, null, 0, List.of());
    }

    public static LayerSpec dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), was " + playground.engine.text.Numbers.format(rate));
        }
        return new LayerSpec(Type.DROPOUT, 0, null, null, null, rate, List.of());
    }

    public static LayerSpec residual(List<LayerSpec> block) {
        if (block.isEmpty()) {
            throw new IllegalArgumentException("a residual block needs at least one layer");
        }
        return new LayerSpec(Type.RESIDUAL, 0, null, null, null, 0, List.copyOf(block));
    }

    /** A new, unbuilt layer. */
    public Layer newLayer() {
        switch (type) {
            case DENSE:
                return new Dense(units, activation, kernelInit, biasInit);
            case BATCH_NORM:
                return new BatchNorm();
            case LAYER_NORM:
                return new LayerNorm();
            case DROPOUT:
                return new Dropout(rate);
            case RESIDUAL: {
                List<Layer> layers = new ArrayList<>();
                for (LayerSpec s : block) {
                    layers.add(s.newLayer());
                }
                return new Residual(layers);
            }
            default:
                throw new IllegalStateException(type.name());
        }
    }

    /** The id of this layer's kind in the grammar ({@link #KINDS}). */
    public String kindId() {
        switch (type) {
            case DENSE:
                return "dense";
            case BATCH_NORM:
                return "bn";
            case LAYER_NORM:
                return "ln";
            case DROPOUT:
                return "dropout";
            default:
                return "res";
        }
    }

    /** The compact text form (see the class comment). */
    public String toText() {
        switch (type) {
            case DENSE: {
                String s = "dense:" + units + ":" + activation.id();
                if (!kernelInit.id().equals(DEFAULT_KERNEL_INIT.id()) || !biasInit.id().equals(DEFAULT_BIAS_INIT.id())) {
                    s += ":" + kernelInit.id();
                }
                if (!biasInit.id().equals(DEFAULT_BIAS_INIT.id())) {
                    s += ":" + biasInit.id();
                }
                return s;
            }
            case BATCH_NORM:
                return "bn";
            case LAYER_NORM:
                return "ln";
            case DROPOUT:
                return "dropout:" + Numbers.format(rate);
            default:
                return "res(" + listToText(block) + ")";
        }
    }

    public static String listToText(List<LayerSpec> layers) {
        StringBuilder sb = new StringBuilder();
        for (LayerSpec s : layers) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(s.toText());
        }
        return sb.toString();
    }

    /** Parses a comma-separated list of layers in the compact text form. */
    public static List<LayerSpec> parseList(String text) {
        return parseList(text, java.util.function.UnaryOperator.identity());
    }

    /** Parses a layer list written in version {@code specVersion} of the spec (a model file of that version too). */
    public static List<LayerSpec> parseList(String text, int specVersion) {
        return specVersion == 1 ? parseList(text, Version1::id) : parseList(text);
    }

    /**
     * Parses a layer list, each activation and initializer as written ("leaky_relu", "he_normal:untruncated")
     * passed through {@code ids} first: how an earlier spec version's ids are read in the newest one's terms.
     */
    static List<LayerSpec> parseList(String text, java.util.function.UnaryOperator<String> ids) {
        List<LayerSpec> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("unbalanced ')' at position " + (i + 1) + " of '" + text + "'");
                }
            } else if (c == ',' && depth == 0) {
                String item = text.substring(start, i).trim();
                if (!item.isEmpty()) {
                    out.add(parse(item, ids));
                }
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("missing ')' in '" + text + "'");
        }
        return out;
    }

    /** Parses one layer in the compact text form. */
    public static LayerSpec parse(String text) {
        return parse(text, java.util.function.UnaryOperator.identity());
    }

    private static LayerSpec parse(String text, java.util.function.UnaryOperator<String> ids) {
        String t = text.trim();
        String lower = t.toLowerCase();
        if (lower.startsWith("res(") && lower.endsWith(")")) {
            return residual(parseList(t.substring(4, t.length() - 1), ids));
        }
        List<String> p = Tokens.parts(t);
        switch (p.get(0)) {
            case "bn":
            case "batchnorm":
                return batchNorm();
            case "ln":
            case "layernorm":
                return layerNorm();
            case "dropout":
                if (p.size() != 2) {
                    throw new IllegalArgumentException("'" + t + "': write dropout:RATE, e.g. dropout:0.5");
                }
                return dropout(number(p.get(1), t));
            case "dense": {
                if (p.size() < 2) {
                    throw new IllegalArgumentException("'" + t + "': write dense:UNITS[:ACTIVATION[:INIT[:BIAS_INIT]]]");
                }
                int units = (int) number(p.get(1), t);
                int i = 2;
                String act = "linear";
                if (i < p.size()) {
                    act = p.get(i++);
                    if (i < p.size() && isNumber(p.get(i))) {
                        act += ":" + p.get(i++);
                    }
                }
                Init kernel = DEFAULT_KERNEL_INIT;
                Init bias = DEFAULT_BIAS_INIT;
                for (int which = 0; which < 2 && i < p.size(); which++) {
                    String init = p.get(i++);
                    if (i < p.size() && isNumber(p.get(i))) {
                        init += ":" + p.get(i++);
                    }
                    if (i < p.size() && Ids.INITIALIZERS.hasFlag(init, p.get(i))) {
                        init += ":" + p.get(i++); // "he_normal:untruncated"
                    }
                    if (which == 0) {
                        kernel = Ids.init(ids.apply(init));
                    } else {
                        bias = Ids.init(ids.apply(init));
                    }
                }
                if (i < p.size()) {
                    throw new IllegalArgumentException("'" + t + "': unexpected '" + p.get(i) + "'");
                }
                return dense(units, Ids.activation(ids.apply(act)), kernel, bias);
            }
            default:
                throw new IllegalArgumentException("unknown layer '" + t + "' (expected " + Choice.forms(KINDS) + ")");
        }
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static double number(String s, String whole) {
        try {
            return Numbers.parse(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' in '" + whole + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return toText();
    }
}
