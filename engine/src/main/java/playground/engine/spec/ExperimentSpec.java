package playground.engine.spec;

import playground.engine.text.Json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that defines a run, seed included, as an immutable map of short keys to text values. The same keys
 * are the CLI's {@code --set key=value}, the grid's {@code key=v1,v2}, the URL's query string and the JSON form, so
 * one spec travels everywhere. Every value is checked when it is set; an error names the key.
 *
 * <table>
 *   <caption>keys</caption>
 *   <tr><td>data</td><td>dataset id: insurance, iris, ..., xor, circle, plane, gaussians</td></tr>
 *   <tr><td>target, drop, tf</td><td>target column; columns to leave out; transforms "col:kind,..." (minmax,
 *       standard, passthrough, onehot, drop)</td></tr>
 *   <tr><td>task</td><td>auto, regression or classification</td></tr>
 *   <tr><td>missing</td><td>drop (rows) or impute (mean / most frequent of the training rows)</td></tr>
 *   <tr><td>yscale</td><td>none or standardize (regression target)</td></tr>
 *   <tr><td>split, val, test, split_seed</td><td>tail (validation = last rows) or shuffle; fractions; seed</td></tr>
 *   <tr><td>layers</td><td>hidden layers in {@link LayerSpec}'s text; the output layer is added to fit the task</td></tr>
 *   <tr><td>loss, opt, lr, decay, batch, epochs, seed</td><td>training</td></tr>
 *   <tr><td>es</td><td>early stopping "monitor:patience:min_delta[:restore]" or off</td></tr>
 *   <tr><td>rlr</td><td>reduce-LR-on-plateau "monitor:factor:patience:min_lr[:min_delta]" or off</td></tr>
 *   <tr><td>ckpt</td><td>best checkpoint "monitor[:restore]" or off (restore = put the best weights back at the end)</td></tr>
 *   <tr><td>n, noise, data_seed</td><td>synthetic datasets: rows, noise, seed</td></tr>
 * </table>
 */
public final class ExperimentSpec {
    public static final int VERSION = 1;
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("data", "circle");
        DEFAULTS.put("target", "");
        DEFAULTS.put("task", "auto");
        DEFAULTS.put("drop", "");
        DEFAULTS.put("tf", "");
        DEFAULTS.put("missing", "drop");
        DEFAULTS.put("yscale", "none");
        DEFAULTS.put("split", "shuffle");
        DEFAULTS.put("val", "0.1");
        DEFAULTS.put("test", "0.2");
        DEFAULTS.put("split_seed", "42");
        DEFAULTS.put("layers", "dense:8:tanh,dense:8:tanh");
        DEFAULTS.put("loss", "auto");
        DEFAULTS.put("opt", "adam");
        DEFAULTS.put("lr", "0.01");
        DEFAULTS.put("decay", "constant");
        DEFAULTS.put("batch", "32");
        DEFAULTS.put("epochs", "50");
        DEFAULTS.put("seed", "1");
        DEFAULTS.put("es", "off");
        DEFAULTS.put("rlr", "off");
        DEFAULTS.put("ckpt", "off");
        DEFAULTS.put("n", "400");
        DEFAULTS.put("noise", "0.1");
        DEFAULTS.put("data_seed", "1");
    }

    private final Map<String, String> values;

    private ExperimentSpec(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static ExperimentSpec defaults() {
        return new ExperimentSpec(new LinkedHashMap<>(DEFAULTS));
    }

    /** The keys in their canonical order. */
    public static List<String> keys() {
        return new ArrayList<>(DEFAULTS.keySet());
    }

    /** A spec with one value changed; the value is checked first. */
    public ExperimentSpec with(String key, String value) {
        if (!DEFAULTS.containsKey(key)) {
            throw new IllegalArgumentException("unknown setting '" + key + "' (settings: " + String.join(", ", keys()) + ")");
        }
        String v = value.trim();
        check(key, v);
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(key, v);
        return new ExperimentSpec(m);
    }

    /** Applies "key=value" assignments in order. */
    public ExperimentSpec withAll(List<String> assignments) {
        ExperimentSpec s = this;
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + a + "' is not key=value");
            }
            s = s.with(a.substring(0, eq).trim(), a.substring(eq + 1));
        }
        return s;
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown setting '" + key + "'");
        }
        return v;
    }

    public double number(String key) {
        return Double.parseDouble(get(key));
    }

    public int integer(String key) {
        return (int) Long.parseLong(get(key));
    }

    public long seed(String key) {
        return Long.parseLong(get(key));
    }

    /** Every key and value, in canonical order. */
    public Map<String, String> values() {
        return values;
    }

    /** Only the values that differ from the defaults (what a URL needs to carry). */
    public Map<String, String> changes() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getValue().equals(DEFAULTS.get(e.getKey()))) {
                m.put(e.getKey(), e.getValue());
            }
        }
        return m;
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"v\":").append(VERSION);
        for (Map.Entry<String, String> e : values.entrySet()) {
            sb.append(',').append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
        }
        return sb.append('}').toString();
    }

    /** Reads {@link #toJson()}'s form; missing keys keep their defaults, unknown keys are an error. */
    public static ExperimentSpec fromJson(String json) {
        Object root = Json.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("a spec is a JSON object");
        }
        ExperimentSpec s = defaults();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) root).entrySet()) {
            String key = (String) e.getKey();
            if (key.equals("v")) {
                continue;
            }
            Object v = e.getValue();
            String text = v instanceof Double ? Json.number((Double) v) : String.valueOf(v);
            s = s.with(key, text);
        }
        return s;
    }

    /**
     * The URL query string: "v=1" and the values that differ from the defaults, in canonical order, with
     * everything but letters, digits and "-._~:,()" percent-encoded (UTF-8).
     */
    public String toQuery() {
        StringBuilder sb = new StringBuilder("v=").append(VERSION);
        for (Map.Entry<String, String> e : changes().entrySet()) {
            sb.append('&').append(e.getKey()).append('=').append(encode(e.getValue()));
        }
        return sb.toString();
    }

    /** A spec read from a URL, and what was left out of it. */
    public static final class Decoded {
        public final ExperimentSpec spec;
        /** One sentence per ignored parameter: "ignored lr=fast: 'fast' is not a number". */
        public final List<String> ignored;

        Decoded(ExperimentSpec spec, List<String> ignored) {
            this.spec = spec;
            this.ignored = Collections.unmodifiableList(ignored);
        }
    }

    /**
     * Reads a query string (with or without the leading "?"). A garbled or outdated URL loads what it can: unknown
     * keys and invalid values keep their defaults and are reported, never thrown.
     */
    public static Decoded fromQuery(String query) {
        String q = query.startsWith("?") ? query.substring(1) : query;
        ExperimentSpec s = defaults();
        List<String> ignored = new ArrayList<>();
        for (String pair : Ids.split(q, '&')) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (key.equals("v")) {
                if (!value.equals(Integer.toString(VERSION))) {
                    ignored.add("the link is version " + value + " of the format; this page reads version " + VERSION
                            + ", so some settings may differ");
                }
                continue;
            }
            try {
                s = s.with(key, value);
            } catch (IllegalArgumentException e) {
                ignored.add("ignored " + key + "=" + value + ": " + e.getMessage());
            }
        }
        return new Decoded(s, ignored);
    }

    static String encode(String v) {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = utf8(v);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:,()".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return sb.toString();
    }

    public static String decode(String v) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%' && i + 2 < v.length() && hex(v.charAt(i + 1)) >= 0 && hex(v.charAt(i + 2)) >= 0) {
                out.write(hex(v.charAt(i + 1)) * 16 + hex(v.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = utf8(String.valueOf(c));
                out.write(b, 0, b.length);
            }
        }
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExperimentSpec && ((ExperimentSpec) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : changes().entrySet()) {
            sb.append(sb.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    private static void check(String key, String v) {
        try {
            switch (key) {
                case "task":
                    oneOf(v, "auto", "regression", "classification");
                    break;
                case "missing":
                    oneOf(v, "drop", "impute");
                    break;
                case "yscale":
                    oneOf(v, "none", "standardize");
                    break;
                case "split":
                    oneOf(v, "tail", "shuffle");
                    break;
                case "val":
                case "test":
                    range(v, 0, 0.9);
                    break;
                case "lr":
                    range(v, 1e-12, 100);
                    break;
                case "noise":
                    range(v, 0, 10);
                    break;
                case "batch":
                    intRange(v, 1, 65_536);
                    break;
                case "epochs":
                    intRange(v, 0, 100_000);
                    break;
                case "n":
                    intRange(v, 4, 100_000);
                    break;
                case "seed":
                case "split_seed":
                case "data_seed":
                    Long.parseLong(v);
                    break;
                case "layers":
                    if (!v.isEmpty()) {
                        LayerSpec.parseList(v);
                    }
                    break;
                case "loss":
                    if (!v.equals("auto")) {
                        Ids.loss(v);
                    }
                    break;
                case "opt":
                    Ids.optimizer(v, 0.01);
                    break;
                case "decay":
                    Ids.schedule(v);
                    break;
                case "tf":
                    transforms(v);
                    break;
                case "es":
                case "rlr":
                case "ckpt":
                    Callbacks.parse(key, v);
                    break;
                case "data":
                    if (v.isEmpty()) {
                        throw new IllegalArgumentException("must not be empty");
                    }
                    break;
                default:
                    break; // free text: target, drop
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "': '" + v + "' is not a number");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting '" + key + "': " + e.getMessage());
        }
    }

    /** "age:standard,children:onehot" → {age=STANDARD, children=ONEHOT}. */
    public static Map<String, playground.engine.data.Preprocessor.Kind> transforms(String text) {
        Map<String, playground.engine.data.Preprocessor.Kind> m = new LinkedHashMap<>();
        for (String item : commaList(text)) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("'" + item + "' is not column:transform");
            }
            m.put(item.substring(0, colon).trim(), playground.engine.data.Preprocessor.Kind.parse(item.substring(colon + 1)));
        }
        return m;
    }

    /** "a, b,,c" → [a, b, c]. */
    public static List<String> commaList(String text) {
        return Ids.split(text, ',');
    }

    private static void oneOf(String v, String... options) {
        for (String o : options) {
            if (o.equals(v)) {
                return;
            }
        }
        throw new IllegalArgumentException("'" + v + "' is not one of " + String.join(", ", options));
    }

    private static void range(String v, double lo, double hi) {
        double d = Double.parseDouble(v);
        if (!(d >= lo && d <= hi)) {
            throw new IllegalArgumentException(v + " is outside " + lo + "…" + hi);
        }
    }

    private static void intRange(String v, long lo, long hi) {
        long d = Long.parseLong(v);
        if (d < lo || d > hi) {
            throw new IllegalArgumentException(v + " is outside " + lo + "…" + hi);
        }
    }
}
