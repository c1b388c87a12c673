package playground.engine.spec;

import java.util.List;

/**
 * One parameter written after an id or in a callback's setting ("adam:0.9:0.999", "val_loss:10:0.001:restore"):
 * its name, what kind of value it takes, the value it has when left out, and its range — declared once, so that the
 * page builds a control for it (a number box with its bounds, a select, a switch) and nobody types the grammar.
 */
public final class Param {
    public enum Kind { NUMBER, INTEGER, CHOICE, FLAG }

    public final String name;
    public final Kind kind;
    /** The value when it is left out, as written; for a required parameter, the value a new control starts at. */
    public final String fallback;
    public final double min;
    public final double max;
    /** A choice's values; a flag's one word ("restore"). */
    public final List<String> values;
    /** Whether it must be written ("step:0.5:500"); a required parameter's fallback is only where a control starts. */
    public final boolean required;
    /**
     * Whether it spells an earlier spec version's formula ("momentum:0.9:ema"): read and kept, so an old link
     * rewritten in the newest version still computes its own numbers, but not offered to people choosing anew.
     */
    public final boolean legacy;

    private Param(String name, Kind kind, String fallback, double min, double max, List<String> values, boolean required,
            boolean legacy) {
        this.name = name;
        this.kind = kind;
        this.fallback = fallback;
        this.min = min;
        this.max = max;
        this.values = values;
        this.required = required;
        this.legacy = legacy;
    }

    /** This parameter, required: it has no default, so it is always written. */
    public Param required() {
        return new Param(name, kind, fallback, min, max, values, true, legacy);
    }

    /** This flag, an earlier version's formula: accepted and kept, not offered ({@link #legacy}). */
    public Param legacy() {
        return new Param(name, kind, fallback, min, max, values, required, true);
    }

    /** A flag's one word. */
    public String word() {
        return values.get(0);
    }

    public static Param number(String name, String fallback, double min, double max) {
        return new Param(name, Kind.NUMBER, fallback, min, max, List.of(), false, false);
    }

    public static Param integer(String name, String fallback, double min, double max) {
        return new Param(name, Kind.INTEGER, fallback, min, max, List.of(), false, false);
    }

    public static Param choice(String name, String fallback, String... values) {
        return new Param(name, Kind.CHOICE, fallback, 0, 0, List.of(values), false, false);
    }

    /**
     * Present (its word written) or absent. In an id's parameters ("rmsprop:0.9:0:centered") flags follow the
     * numbers and may stand in any order; in a callback's parts each has its place.
     */
    public static Param flag(String name, String word) {
        return new Param(name, Kind.FLAG, "", 0, 0, List.of(word), false, false);
    }
}
