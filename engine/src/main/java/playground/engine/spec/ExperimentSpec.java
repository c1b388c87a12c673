package playground.engine.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.text.Json;
import playground.engine.text.Numbers;
import playground.engine.text.Query;
import playground.engine.text.Tokens;

/**
 * Everything that defines a run, seed included: the spec version and an immutable map of short keys to text
 * values. The same keys are the CLI's {@code --set key=value}, the grid's {@code key=v1,v2}, the URL's query string
 * and the JSON form, so one spec travels everywhere. The keys, their defaults, ranges and help are declared once, in
 * {@link Settings#ALL}; every value is checked when it is set, and an error names the key.
 *
 * <p><b>Versions.</b> A spec has the version of the format it was written in ({@code v}); the engine keeps each
 * version's meaning, so an old link replays its own numbers. Every reader honours it: a query's or JSON's {@code v},
 * {@code --set v=N}, a saved experiment's query. A spec <em>without</em> {@code v} — a hand-written link, a JSON
 * object typed in by hand — is read as {@link #UNVERSIONED}, version 1, the format every link had before versions
 * could change; a version this engine does not know is reported (a query's notice, an error elsewhere).
 *
 * <p>Version 2 (2026-12-02) computes Keras 3's formulas and defaults; version 1 computed the primer's where they
 * differ. {@link #current()} writes a spec of an earlier version in the newest version's words, its earlier
 * formulas spelled out ({@link Version1}): what the engine trains, and what an edit of an old link starts from. The
 * CLI's {@code --set} and a spec built from {@link #defaults()} are the newest version.
 */
public final class ExperimentSpec {
    /** The newest version of the spec format: what new specs are written in. */
    public static final int VERSION = 2;
    /** The version a spec without {@code v} is read in. */
    public static final int UNVERSIONED = 1;
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        for (Setting s : Settings.ALL) {
            DEFAULTS.put(s.key, s.defaultValue);
        }
    }

    private final int version;
    private final Map<String, String> values;

    private ExperimentSpec(int version, Map<String, String> values) {
        this.version = version;
        this.values = Collections.unmodifiableMap(values);
    }

    /** The defaults, in the newest version. */
    public static ExperimentSpec defaults() {
        return new ExperimentSpec(VERSION, new LinkedHashMap<>(DEFAULTS));
    }

    /**
     * This spec in the newest version of the format, with the same meaning: an earlier version's formulas spelled
     * out in the newest grammar ("opt=momentum" of version 1 → "momentum:0.9:ema"). What is trained, always.
     */
    public ExperimentSpec current() {
        return version == VERSION ? this : Version1.upgrade(this, VERSION);
    }

    /** The keys in their canonical order. */
    public static List<String> keys() {
        return Settings.keys();
    }

    public int version() {
        return version;
    }

    /**
     * A spec with one value changed; the value is checked first. The key {@code v} changes the version (a key
     * introduced after that version must then keep its default).
     */
    public ExperimentSpec with(String key, String value) {
        String v = value.trim();
        if (key.equals("v")) {
            return withVersion(version(v));
        }
        Setting setting = Settings.find(key);
        if (setting == null) {
            throw new IllegalArgumentException("unknown setting '" + key + "' (settings: " + String.join(", ", keys()) + ")");
        }
        if (setting.since > version && !v.equals(setting.defaultValue)) {
            throw new IllegalArgumentException("setting '" + key + "' is not in version " + version
                    + " of the spec format (it came with version " + setting.since + ")");
        }
        try {
            setting.check(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "': '" + v + "' is not a number");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting '" + key + "': " + e.getMessage());
        }
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(key, v);
        return new ExperimentSpec(version, m);
    }

    /** The same values in version {@code v} of the format. */
    public ExperimentSpec withVersion(int v) {
        if (v < 1 || v > VERSION) {
            throw new IllegalArgumentException(unknownVersion(Integer.toString(v)));
        }
        for (Setting s : Settings.ALL) {
            if (s.since > v && !values.get(s.key).equals(s.defaultValue)) {
                throw new IllegalArgumentException("setting '" + s.key + "' is not in version " + v
                        + " of the spec format (it came with version " + s.since + ")");
            }
        }
        return new ExperimentSpec(v, new LinkedHashMap<>(values));
    }

    /** Applies "key=value" assignments; "v=N" first, wherever it stands, so that it governs the others. */
    public ExperimentSpec withAll(List<String> assignments) {
        ExperimentSpec s = this;
        for (String a : assignments) {
            if (key(a).equals("v")) {
                s = s.with("v", a.substring(a.indexOf('=') + 1));
            }
        }
        for (String a : assignments) {
            String key = key(a);
            if (!key.equals("v")) {
                s = s.with(key, a.substring(a.indexOf('=') + 1));
            }
        }
        return s;
    }

    private static String key(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + assignment + "' is not key=value");
        }
        return assignment.substring(0, eq).trim();
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown setting '" + key + "'");
        }
        return v;
    }

    public double number(String key) {
        return Numbers.parse(get(key));
    }

    public int integer(String key) {
        return (int) Numbers.parseLong(get(key));
    }

    public long seed(String key) {
        return Numbers.parseLong(get(key));
    }

    /** Every key and value, in canonical order (the version is {@link #version()}). */
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
        StringBuilder sb = new StringBuilder("{\"v\":").append(version);
        for (Map.Entry<String, String> e : values.entrySet()) {
            sb.append(',').append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
        }
        return sb.append('}').toString();
    }

    /**
     * Reads {@link #toJson()}'s form: "v" (a number, or its text) first, {@link #UNVERSIONED} without it; missing
     * keys keep their defaults; unknown keys and versions are errors.
     */
    public static ExperimentSpec fromJson(String json) {
        Object root = Json.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("a spec is a JSON object");
        }
        Map<?, ?> m = (Map<?, ?>) root;
        ExperimentSpec s = defaults().withVersion(UNVERSIONED);
        if (m.containsKey("v")) {
            s = s.with("v", text(m.get("v")));
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = (String) e.getKey();
            if (!key.equals("v")) {
                s = s.with(key, text(e.getValue()));
            }
        }
        return s;
    }

    private static String text(Object v) {
        return v instanceof Double ? Json.number((Double) v) : String.valueOf(v);
    }

    /**
     * The URL query string: "v=N" and the values that differ from the defaults, in canonical order, with
     * everything but letters, digits and "-._~:,()" percent-encoded (UTF-8).
     */
    public String toQuery() {
        StringBuilder sb = new StringBuilder("v=").append(version);
        for (Map.Entry<String, String> e : changes().entrySet()) {
            sb.append('&').append(e.getKey()).append('=').append(Query.encode(e.getValue()));
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
     * keys and invalid values keep their defaults and are reported, never thrown. The version comes first: the
     * link's {@code v}, or {@link #UNVERSIONED} without one; an unknown version is reported and read as the newest.
     */
    public static Decoded fromQuery(String query) {
        List<Query.Pair> pairs = Query.pairs(query);
        ExperimentSpec s = defaults().withVersion(UNVERSIONED);
        List<String> ignored = new ArrayList<>();
        for (Query.Pair p : pairs) {
            if (p.key.equals("v")) {
                try {
                    s = s.with("v", p.value);
                } catch (IllegalArgumentException e) {
                    s = s.withVersion(VERSION);
                    ignored.add("the link is version " + p.value + " of the format; this page reads version " + VERSION
                            + ", so some settings may differ");
                }
            }
        }
        for (Query.Pair p : pairs) {
            if (p.key.equals("v")) {
                continue;
            }
            try {
                s = s.with(p.key, p.value);
            } catch (IllegalArgumentException e) {
                ignored.add("ignored " + p.key + "=" + p.value + ": " + e.getMessage());
            }
        }
        return new Decoded(s, ignored);
    }

    /** The version written as {@code v}: a whole number this engine knows. */
    private static int version(String v) {
        try {
            long n = Numbers.parseLong(v);
            if (n >= 1 && n <= VERSION) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(unknownVersion(v));
    }

    private static String unknownVersion(String v) {
        return "version " + v + " of the spec format is not known here (this engine reads version"
                + (VERSION == 1 ? " 1" : "s 1 to " + VERSION) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExperimentSpec && ((ExperimentSpec) o).version == version
                && ((ExperimentSpec) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return 31 * version + values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(version == VERSION ? "" : "v=" + version);
        for (Map.Entry<String, String> e : changes().entrySet()) {
            sb.append(sb.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
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
        return Tokens.split(text, ',');
    }
}
