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

    /** The parameters of one written id; a missing one takes its default, or is an error without one. */
    public static final class Params {
        private final List<String> parts;
        private final String whole;

        Params(List<String> parts, String whole) {
            this.parts = parts;
            this.whole = whole;
        }

        /** Parameter {@code i} (1 = the first after the id), or {@code fallback}; NaN means required. */
        public double number(int i, double fallback) {
            if (parts.size() <= i) {
                if (Double.isNaN(fallback)) {
                    throw new IllegalArgumentException("'" + whole + "' is missing its parameter number " + i);
                }
                return fallback;
            }
            try {
                return Numbers.parse(parts.get(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts.get(i) + "' in '" + whole + "' is not a number");
            }
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
        String id = p.get(0);
        for (Entry<T> e : entries) {
            if (e.choice.id.equals(id) || e.aliases.contains(id)) {
                return e.maker.make(new Params(p, text));
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + Choice.forms(choices()) + ")");
    }
}
