package playground.engine.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import playground.engine.nn.Network;
import playground.engine.nn.Param;
import playground.engine.text.Json;

/**
 * Starting weights the spec cannot derive — a trained run's weights to train on from (a remix), and an imported
 * model's — as every parameter tensor of the network in {@link ModelFile}'s order and layout:
 * <pre>
 * {"params": [{"layer": 0, "name": "kernel", "shape": [2, 8], "values": ["0x3fc1…", …]}, …]}
 * </pre>
 * Values are written as "0x" + their IEEE bits in hex, so a start read back is the same bits on every runtime
 * (TeaVM's decimal formatting is not exact); plain JSON numbers are read too. With the log of weights set by hand
 * ({@link Experiment.WeightEdit}) this is the one description of weights a saved experiment carries: the spec's
 * initializer when there is no start, these values when there is.
 */
public final class StartWeights {
    /** One tensor: where it belongs (top-level layer index and parameter name) and its values, flat. */
    public record Tensor(int layer, String name, int[] shape, double[] values) { }

    private final List<Tensor> tensors;
    private static final List<String> TENSOR_FIELDS = List.of("layer", "name", "shape", "values");

    private StartWeights(List<Tensor> tensors) {
        this.tensors = Collections.unmodifiableList(tensors);
    }

    public List<Tensor> tensors() {
        return tensors;
    }

    /** A copy of the network's parameters as they are now (trainable and not: BatchNorm's moving statistics too). */
    public static StartWeights of(Network network) {
        List<Tensor> out = new ArrayList<>();
        for (int layer = 0; layer < network.layers().size(); layer++) {
            for (Param p : network.layers().get(layer).params()) {
                out.add(new Tensor(layer, p.name, p.shape.clone(), p.value.clone()));
            }
        }
        return new StartWeights(out);
    }

    /**
     * Sets the network's parameters to these values. Nothing changes unless every tensor fits: the same count, and
     * each with the layer, name and shape of the network's own, and only finite values.
     */
    public void applyTo(Network network) {
        StartWeights mine = of(network);
        if (mine.tensors.size() != tensors.size()) {
            throw new IllegalArgumentException("the starting weights have " + tensors.size() + " tensors and this network has "
                    + mine.tensors.size() + ": its layers differ");
        }
        for (int k = 0; k < tensors.size(); k++) {
            Tensor a = tensors.get(k);
            Tensor b = mine.tensors.get(k);
            if (a.layer != b.layer || !a.name.equals(b.name) || !java.util.Arrays.equals(a.shape, b.shape)) {
                throw new IllegalArgumentException("starting weight tensor " + (k + 1) + " is layer " + a.layer + " " + a.name + " "
                        + shapeText(a.shape) + ", and this network's is layer " + b.layer + " " + b.name + " " + shapeText(b.shape));
            }
            for (double v : a.values) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("starting weight tensor " + (k + 1) + " (" + a.name + ") holds " + v
                            + ": every weight must be a finite number");
                }
            }
        }
        List<Param> params = network.params();
        for (int k = 0; k < tensors.size(); k++) {
            System.arraycopy(tensors.get(k).values, 0, params.get(k).value, 0, params.get(k).value.length);
        }
    }

    /** True when every value has the same bits as {@code other}'s. */
    public boolean sameBits(StartWeights other) {
        if (other.tensors.size() != tensors.size()) {
            return false;
        }
        for (int k = 0; k < tensors.size(); k++) {
            double[] a = tensors.get(k).values;
            double[] b = other.tensors.get(k).values;
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"params\":[");
        for (int k = 0; k < tensors.size(); k++) {
            Tensor t = tensors.get(k);
            sb.append(k == 0 ? "" : ",").append("{\"layer\":").append(t.layer).append(",\"name\":").append(Json.quote(t.name))
                    .append(",\"shape\":[");
            for (int d = 0; d < t.shape.length; d++) {
                sb.append(d == 0 ? "" : ",").append(t.shape[d]);
            }
            sb.append("],\"values\":[");
            for (int i = 0; i < t.values.length; i++) {
                sb.append(i == 0 ? "\"" : ",\"").append(hex(t.values[i])).append('"');
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    /**
     * Reads {@link #toJson}'s form (text or already parsed; other top-level fields are ignored, so a model file
     * written by {@code train --save} is a start too); errors name the tensor and field that is wrong. Values in
     * hex replay bit for bit on every runtime; decimals are exact only where they are parsed and written exactly.
     */
    public static StartWeights parse(Object json) {
        return parse(json, true);
    }

    /**
     * Weights passed between workers as they are, ∞ and NaN too: a search's trial ended with them, and a trial that
     * continues it fails in {@link #applyTo} with the reason, as it does when the search runs in one place.
     */
    public static StartWeights parseInTransit(Object json) {
        return parse(json, false);
    }

    private static StartWeights parse(Object json, boolean finiteOnly) {
        Object root = json instanceof String ? Json.parse((String) json) : json;
        if (!(root instanceof Map) || !(((Map<?, ?>) root).get("params") instanceof List)) {
            throw new IllegalArgumentException("starting weights are a JSON object with a list \"params\"");
        }
        List<?> params = (List<?>) ((Map<?, ?>) root).get("params");
        List<Tensor> out = new ArrayList<>();
        for (int k = 0; k < params.size(); k++) {
            String at = "starting weight tensor " + (k + 1);
            if (!(params.get(k) instanceof Map)) {
                throw new IllegalArgumentException(at + " is not an object");
            }
            Map<?, ?> m = (Map<?, ?>) params.get(k);
            for (Object key : m.keySet()) {
                if (!TENSOR_FIELDS.contains(key)) {
                    throw new IllegalArgumentException(at + " has an unknown field '" + key + "' (fields: layer, name, shape, values)");
                }
            }
            Object layer = m.get("layer");
            Object name = m.get("name");
            Object shape = m.get("shape");
            Object values = m.get("values");
            if (!(layer instanceof Double) || (Double) layer < 0 || (Double) layer != Math.rint((Double) layer)) {
                throw new IllegalArgumentException(at + ": \"layer\" must be a whole number ≥ 0");
            }
            if (!(name instanceof String)) {
                throw new IllegalArgumentException(at + ": \"name\" must be a string");
            }
            if (!(shape instanceof List) || ((List<?>) shape).isEmpty()) {
                throw new IllegalArgumentException(at + ": \"shape\" must be a list of sizes");
            }
            int[] dims = new int[((List<?>) shape).size()];
            long size = 1;
            for (int d = 0; d < dims.length; d++) {
                Object s = ((List<?>) shape).get(d);
                if (!(s instanceof Double) || (Double) s < 1 || (Double) s != Math.rint((Double) s) || (Double) s > 1e7) {
                    throw new IllegalArgumentException(at + ": \"shape\" must be a list of whole numbers ≥ 1");
                }
                dims[d] = ((Double) s).intValue();
                size *= dims[d];
            }
            if (!(values instanceof List) || ((List<?>) values).size() != size) {
                throw new IllegalArgumentException(at + ": \"values\" must be a list of " + size + " numbers (its shape is "
                        + shapeText(dims) + ")");
            }
            List<?> vs = (List<?>) values;
            double[] v = new double[vs.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = value(vs.get(i), at);
                if (finiteOnly && (Double.isNaN(v[i]) || Double.isInfinite(v[i]))) { // refused on reading, so nothing unusable is kept
                    throw new IllegalArgumentException(at + " (" + name + ") holds " + v[i] + ": every weight must be a finite number");
                }
            }
            out.add(new Tensor(((Double) layer).intValue(), (String) name, dims, v));
        }
        return new StartWeights(out);
    }

    /** A weight as {@link #toJson} writes it ("0x" and its bits) or a JSON number; {@code at} names it in the error. */
    static double value(Object o, String at) {
        if (o instanceof Double) {
            return (Double) o;
        }
        if (o instanceof String) {
            String s = (String) o;
            if (s.length() > 2 && s.length() <= 18 && s.startsWith("0x")) {
                long bits = 0;
                for (int i = 2; i < s.length(); i++) {
                    int d = Character.digit(s.charAt(i), 16);
                    if (d < 0) {
                        break;
                    }
                    bits = bits << 4 | d;
                    if (i == s.length() - 1) {
                        return Double.longBitsToDouble(bits);
                    }
                }
            }
            throw new IllegalArgumentException(at + ": '" + (s.length() > 20 ? s.substring(0, 20) + "…" : s)
                    + "' is not a number (values are numbers or \"0x\" and up to 16 hex digits)");
        }
        throw new IllegalArgumentException(at + ": a value is " + (o == null ? "null" : "not a number"));
    }

    /** "0x" + the IEEE bits of {@code v} in hex. */
    public static String hex(double v) {
        return "0x" + Long.toHexString(Double.doubleToRawLongBits(v));
    }

    private static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int d = 0; d < shape.length; d++) {
            sb.append(d == 0 ? "" : ", ").append(shape[d]);
        }
        return sb.append(']').toString();
    }
}
