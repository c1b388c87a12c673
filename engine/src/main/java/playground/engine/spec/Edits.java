package playground.engine.spec;

import java.util.ArrayList;
import java.util.List;
import playground.engine.text.Query;

/**
 * A user's edit of a spec, as the playground makes it: settings changed one after another, each checked at once
 * (a bad value is an {@link Rejected} naming its key, never a silent default), and the settings that depend on
 * the data follow a change of dataset or target back to their defaults, so that the new data gets a spec that fits
 * it rather than the old data's target, task, loss and column transforms.
 */
public final class Edits {
    /** What depends on the dataset: its columns, and what the task and target decide. */
    static final List<String> DATA_DEPENDENTS = List.of("target", "drop", "tf", "task", "loss", "yscale");
    /** What depends on the target column. */
    static final List<String> TARGET_DEPENDENTS = List.of("task", "loss", "yscale");

    private Edits() {
    }

    /** An edit that cannot be made: the key, the value given, and the engine's sentence. */
    public static final class Rejected extends IllegalArgumentException {
        public final String key;
        public final String value;

        public Rejected(String key, String value, String message) {
            super(message);
            this.key = key;
            this.value = value;
        }
    }

    /** The edited spec, and the settings the edit put back to their defaults (in {@link Settings#ALL}'s order). */
    public static final class Result {
        public final ExperimentSpec spec;
        public final List<String> reset;

        public Result(ExperimentSpec spec, List<String> reset) {
            this.spec = spec;
            this.reset = reset;
        }
    }

    /** {@code base} with {@code changes} (a query string: key=value&…) applied in order. */
    public static Result apply(ExperimentSpec base, String changes) {
        List<Query.Pair> pairs = Query.pairs(changes);
        List<String> named = new ArrayList<>();
        for (Query.Pair p : pairs) {
            named.add(p.key);
        }
        ExperimentSpec spec = base;
        List<String> reset = new ArrayList<>();
        for (Query.Pair p : pairs) {
            String before = Settings.find(p.key) != null ? spec.get(p.key) : null;
            try {
                spec = spec.with(p.key, p.value);
            } catch (IllegalArgumentException e) {
                throw new Rejected(p.key, p.value, e.getMessage());
            }
            if (before != null && !before.equals(spec.get(p.key))) {
                List<String> dependents = p.key.equals("data") ? DATA_DEPENDENTS
                        : p.key.equals("target") ? TARGET_DEPENDENTS : List.of();
                for (String k : dependents) {
                    String fallback = Settings.find(k).defaultValue;
                    if (!named.contains(k) && !spec.get(k).equals(fallback)) {
                        spec = spec.with(k, fallback);
                        if (!reset.contains(k)) {
                            reset.add(k);
                        }
                    }
                }
            }
        }
        return new Result(spec, reset);
    }
}
