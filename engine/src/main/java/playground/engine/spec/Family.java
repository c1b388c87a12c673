package playground.engine.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import playground.engine.text.Numbers;
import playground.engine.text.Tokens;

/**
 * A family of ids in the spec grammar — activations, initializers, losses, optimizers, schedules — declared once:
 * each id with its label, its written form, its aliases and what it makes from its parameters. Parsing, the
 * messages that list what is accepted, the CLI's help and the page's selects all read the same list.
 *
 * @param <T> what an id makes
 */
public final class Family<T> {
    /** Makes the thing an id names from the parameters written after it ("huber:1.5" → 1.5). */
    public interface Maker<T> {
        T make(Params p);
    }

    /**
     * The parameters of one written id: numbers by position, flags by their word wherever they stand after the id
     * ("rmsprop:0.9:centered"); a missing number takes its default, or is an error without one.
     */
    public static final class Params {
        private final List<String> numbers = new ArrayList<>();
        private final List<String> flags = new ArrayList<>();
        private final String whole;

        Params(List<String> parts, List<Param> declared, String whole) {
            this.whole = whole;
            numbers.add(parts.get(0));
            for (int i = 1; i < parts.size(); i++) {
                String part = parts.get(i);
                if (isFlag(declared, part)) {
                    flags.add(part);
                } else {
                    numbers.add(part);
                }
            }
        }

        private static boolean isFlag(List<Param> declared, String part) {
            for (Param d : declared) {
                if (d.kind == Param.Kind.FLAG && d.word().equals(part)) {
                    return true;
                }
            }
            return false;
        }

        /** Parameter {@code i} (1 = the first number after the id), or {@code fallback}; NaN means required. */
        public double number(int i, double fallback) {
            if (numbers.size() <= i) {
                if (Double.isNaN(fallback)) {
                    throw new IllegalArgumentException("'" + whole + "' is missing its parameter number " + i);
                }
                return fallback;
            }
            try {
                return Numbers.parse(numbers.get(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + numbers.get(i) + "' in '" + whole + "' is not a number");
            }
        }

        /** Whether the flag {@code word} is written. */
        public boolean flag(String word) {
            return flags.contains(word);
        }

        /** The numbers written after the id (flags left out). */
        int numberCount() {
            return numbers.size() - 1;
        }

        String number(int i) {
            return numbers.get(i);
        }
    }

    private static final class Entry<T> {
        final Choice choice;
        final List<String> aliases;
        final Maker<T> maker;

        Entry(Choice choice, List<String> aliases, Maker<T> maker) {
            this.choice = choice;
            this.aliases = aliases;
            this.maker = maker;
        }
    }

    private final String what;
    private final List<Entry<T>> entries = new ArrayList<>();

    Family(String what) {
        this.what = what;
    }

    /** Adds an id; {@code aliases} are other names read as the same ("xavier_uniform" for "glorot_uniform"). */
    Family<T> add(String id, String label, String form, Maker<T> maker, String... aliases) {
        entries.add(new Entry<>(new Choice(id, label, form), List.of(aliases), maker));
        return this;
    }

    /** Declares the parameters of the id added last, in the order they are written. */
    Family<T> params(Param... params) {
        boolean flags = false;
        for (Param p : params) {
            if (flags && p.kind != Param.Kind.FLAG) {
                throw new IllegalStateException("an id's flags follow its numbers"); // Params and parts() count on it
            }
            flags |= p.kind == Param.Kind.FLAG;
        }
        Entry<T> last = entries.remove(entries.size() - 1);
        entries.add(new Entry<>(new Choice(last.choice.id, last.choice.label, last.choice.form, List.of(params)), last.aliases,
                last.maker));
        return this;
    }

    /**
     * A written id as its canonical id followed by every declared parameter's value (the written one, else its
     * fallback; a flag as its word or ""): "rmsprop" → [rmsprop, 0.9, 0, "", ""]; what the page's controls show.
     * An unknown id is an error.
     */
    public List<String> parts(String text) {
        List<String> p = Tokens.parts(text);
        for (Entry<T> e : entries) {
            if (e.choice.id.equals(p.get(0)) || e.aliases.contains(p.get(0))) {
                Params given = new Params(p, e.choice.params, text);
                List<String> out = new ArrayList<>();
                out.add(e.choice.id);
                for (int i = 0; i < e.choice.params.size(); i++) {
                    Param d = e.choice.params.get(i);
                    if (d.kind == Param.Kind.FLAG) {
                        out.add(given.flag(d.word()) ? d.word() : "");
                    } else {
                        out.add(i + 1 <= given.numberCount() ? given.number(i + 1) : d.fallback);
                    }
                }
                return out;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "'");
    }

    /** The entry {@code text} names, or null. */
    private Entry<T> entry(String id) {
        for (Entry<T> e : entries) {
            if (e.choice.id.equals(id) || e.aliases.contains(id)) {
                return e;
            }
        }
        return null;
    }

    /** Whether {@code word} is a flag of the id {@code id} ("untruncated" of "he_normal"): the layer grammar asks. */
    boolean hasFlag(String id, String word) {
        Entry<T> e = entry(Tokens.parts(id).get(0));
        if (e != null) {
            for (Param d : e.choice.params) {
                if (d.kind == Param.Kind.FLAG && d.word().equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ids in their order of declaration, without aliases. */
    public List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        for (Entry<T> e : entries) {
            out.add(e.choice);
        }
        return Collections.unmodifiableList(out);
    }

    /** What "huber:1.5" or "adam" makes; an unknown id is an error that lists the accepted forms. */
    public T parse(String text) {
        List<String> p = Tokens.parts(text);
        Entry<T> e = entry(p.get(0));
        if (e != null) {
            return e.maker.make(new Params(p, e.choice.params, text));
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + Choice.forms(choices()) + ")");
    }
}
