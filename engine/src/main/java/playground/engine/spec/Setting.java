package playground.engine.spec;

import java.util.List;
import playground.engine.text.Numbers;

/**
 * One key of the experiment spec, declared once: its name, type, default, accepted range or choices (each with a
 * label for people), help text and the spec version that introduced it. Validation, the decoders, the CLI's help,
 * the README's settings table and the page's controls all read {@link Settings#ALL}.
 */
public final class Setting {
    public enum Type {
        /** Free text, such as a column name. */
        TEXT,
        /** A decimal number within [min, max]. */
        NUMBER,
        /** A whole number within [min, max]. */
        INTEGER,
        /** Any 64-bit whole number. */
        SEED,
        /** Exactly one of {@link #choices}. */
        CHOICE,
        /** Text in a small grammar (layers, an optimizer with parameters, a callback); {@link #choices} are its ids. */
        GRAMMAR
    }

    /** Checks a value of a {@link Type#TEXT} or {@link Type#GRAMMAR} setting; throws with the reason. */
    interface Check {
        void check(String value);
    }

    public final String key;
    public final Type type;
    public final String defaultValue;
    public final double min;
    public final double max;
    /** CHOICE: the accepted values; GRAMMAR: the ids the grammar is built from; otherwise empty. */
    public final List<Choice> choices;
    /** How a value is written, for help and tables ("1…65536", "monitor:patience:min_delta[:restore] or off"). */
    public final String form;
    public final String help;
    /** The spec version that introduced the key; a spec of an earlier version cannot set it. */
    public final int since;
    /** Valid values that show the grammar of a GRAMMAR setting ("adam:0.9:0.999"): the page's suggestions. */
    public final List<String> examples;
    /** A NUMBER that may be left empty (""), which means what its help says (the learning rate: the optimizer's default). */
    public final boolean optional;
    private final Check check;

    private Setting(String key, Type type, String defaultValue, double min, double max, List<Choice> choices,
            String form, String help, int since, List<String> examples, Check check) {
        this(key, type, defaultValue, min, max, choices, form, help, since, examples, check, false);
    }

    private Setting(String key, Type type, String defaultValue, double min, double max, List<Choice> choices,
            String form, String help, int since, List<String> examples, Check check, boolean optional) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.choices = List.copyOf(choices);
        this.form = form;
        this.help = help;
        this.since = since;
        this.examples = List.copyOf(examples);
        this.check = check;
        this.optional = optional;
    }

    static Setting text(String key, String defaultValue, String form, String help, Check check) {
        return new Setting(key, Type.TEXT, defaultValue, 0, 0, List.of(), form, help, 1, List.of(), check);
    }

    static Setting number(String key, String defaultValue, double min, double max, String help) {
        return new Setting(key, Type.NUMBER, defaultValue, min, max, List.of(), range(min, max), help, 1, List.of(), null);
    }

    static Setting integer(String key, String defaultValue, long min, long max, String help) {
        return new Setting(key, Type.INTEGER, defaultValue, min, max, List.of(), range(min, max), help, 1, List.of(), null);
    }

    static Setting seed(String key, String defaultValue, String help) {
        return new Setting(key, Type.SEED, defaultValue, 0, 0, List.of(), "any whole number", help, 1, List.of(), null);
    }

    static Setting choice(String key, String defaultValue, String help, Choice... choices) {
        return new Setting(key, Type.CHOICE, defaultValue, 0, 0, List.of(choices), Choice.forms(List.of(choices)), help,
                1, List.of(), null);
    }

    static Setting grammar(String key, String defaultValue, String form, String help, List<Choice> ids, Check check) {
        return new Setting(key, Type.GRAMMAR, defaultValue, 0, 0, ids, form, help, 1, List.of(), check);
    }

    /** The same setting, introduced by spec version {@code version}. */
    Setting since(int version) {
        return new Setting(key, type, defaultValue, min, max, choices, form, help, version, examples, check, optional);
    }

    /** The same setting with these example values (each must pass the check: a test sees to it). */
    Setting examples(String... values) {
        return new Setting(key, type, defaultValue, min, max, choices, form, help, since, List.of(values), check, optional);
    }

    /** The same number setting, which may be left empty (its default): "" then means what the help says. */
    Setting optional() {
        return new Setting(key, type, "", min, max, choices, "empty, or " + form, help, since, examples, check, true);
    }

    /** Throws an IllegalArgumentException that says what is wrong with {@code v} (without the key's name). */
    void check(String v) {
        if (optional && v.isEmpty()) {
            return;
        }
        switch (type) {
            case NUMBER: {
                double d = Numbers.parse(v);
                if (!(d >= min && d <= max)) {
                    throw new IllegalArgumentException(v + " is outside " + form);
                }
                break;
            }
            case INTEGER: {
                long d = Numbers.parseLong(v);
                if (d < min || d > max) {
                    throw new IllegalArgumentException(v + " is outside " + form);
                }
                break;
            }
            case SEED:
                Numbers.parseLong(v);
                break;
            case CHOICE:
                for (Choice c : choices) {
                    if (c.id.equals(v)) {
                        return;
                    }
                }
                throw new IllegalArgumentException("'" + v + "' is not one of " + ids());
            default:
                if (check != null) {
                    check.check(v);
                }
        }
    }

    private String ids() {
        StringBuilder sb = new StringBuilder();
        for (Choice c : choices) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.id);
        }
        return sb.toString();
    }

    private static String range(double min, double max) {
        return Numbers.format(min) + "…" + Numbers.format(max);
    }
}
