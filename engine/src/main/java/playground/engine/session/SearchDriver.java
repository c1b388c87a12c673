package playground.engine.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.experiment.Grid;
import playground.engine.experiment.Search;
import playground.engine.experiment.StartWeights;
import playground.engine.experiment.Trial;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Json;
import playground.engine.text.Query;

/**
 * A random search or Hyperband driven over a text boundary, as the page's Tune panel drives it: the search lives
 * here (in the page's own engine worker), its trials go out as {@link Trial#toJson} messages to other workers, and
 * their scores and weights come back in {@link #report}, which answers with the next round. The choices are the
 * ones {@code tune --search} makes, for the same space, options and seed: the same {@link Search}, rounds reported
 * whole, ties broken by trial id, not by which worker finished first.
 */
final class SearchDriver {
    /** The options the page may set, with their defaults; the CLI's {@code tune} flags of the same names. */
    static final Map<String, String> DEFAULTS = Map.of("search", "hyperband", "trials", "20", "max_epochs", "",
            "factor", "3", "iterations", "1", "seed", "1", "objective", "val_loss");

    private final Search search;
    private final String kind;
    private final String objective;
    /** The round handed out and not yet reported, by id. */
    private final Map<Integer, Trial> out = new LinkedHashMap<>();
    private final List<String> keys;

    private SearchDriver(Search search, String kind, String objective, List<String> keys) {
        this.search = search;
        this.kind = kind;
        this.objective = objective;
        this.keys = keys;
    }

    /**
     * A search of {@code spaceText} on top of {@code base}, its options as a query ("search=hyperband&max_epochs=27&
     * factor=3&seed=1"; {@link #DEFAULTS} for the rest; max_epochs defaults to the base's epochs). Refuses a space
     * or an option that cannot run, with the reason.
     */
    static SearchDriver start(ExperimentSpec base, String spaceText, String options) {
        Map<String, String> o = new LinkedHashMap<>(DEFAULTS);
        for (Query.Pair p : Query.pairs(options)) {
            if (!DEFAULTS.containsKey(p.key)) {
                throw new IllegalArgumentException("search: no option '" + p.key + "' (options: search, trials, max_epochs, factor, "
                        + "iterations, seed, objective)");
            }
            o.put(p.key, p.value);
        }
        Grid space = Grid.parse(spaceText);
        String kind = o.get("search");
        String objective = o.get("objective");
        long seed = whole(o, "seed", Long.MIN_VALUE);
        Search s;
        if (kind.equals("random")) {
            s = Search.random(space, base, (int) whole(o, "trials", 1), seed, objective);
        } else if (kind.equals("hyperband")) {
            int maxEpochs = o.get("max_epochs").isEmpty() ? base.integer("epochs") : (int) whole(o, "max_epochs", 1);
            s = Search.hyperband(space, base, maxEpochs, (int) whole(o, "factor", 2), (int) whole(o, "iterations", 1), seed,
                    objective);
        } else {
            throw new IllegalArgumentException("search: '" + kind + "' is not a search (random or hyperband; a grid lists its points)");
        }
        return new SearchDriver(s, kind, objective, space.settingKeys());
    }

    private static long whole(Map<String, String> o, String key, long least) {
        String v = o.get(key).trim();
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("search: " + key + " must be a whole number, was '" + v + "'");
        }
        if (n < least || n > 100_000 && !key.equals("seed")) {
            throw new IllegalArgumentException("search: " + key + " must be " + (n < least ? "at least " + least : "at most 100000")
                    + ", was " + n);
        }
        return n;
    }

    /**
     * The plan and the first round: {"search", "keys", "planned": {"trials", "epochs"}, "brackets" (Hyperband's table,
     * or null), "round": [trial messages]}. Epochs planned are the epochs the trials will train, the measure of work
     * an ETA needs when budgets differ; a random search's are its drawn epochs summed.
     */
    String plan() {
        List<Trial> round = search.nextRound();
        int[] planned = search.plannedTrialsAndEpochs();
        if (search.hyperband == null) {
            planned[1] = 0;
            for (Trial t : round) {
                planned[1] += t.epochs;
            }
        }
        StringBuilder sb = new StringBuilder("{\"search\":").append(Json.quote(kind)).append(",\"keys\":[");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(Json.quote(keys.get(i)));
        }
        sb.append("],\"planned\":{\"trials\":").append(planned[0]).append(",\"epochs\":").append(planned[1]).append('}');
        sb.append(",\"brackets\":").append(search.hyperband == null ? "null" : Json.quote(search.hyperband.table()));
        return sb.append(",\"round\":").append(handOut(round)).append('}').toString();
    }

    /**
     * The round's results, {"results": [{"id", "score" ({@link Trial#scoreText}, or null for none), "weights" (or
     * null), "error" (or null)}, …]}, every trial of the round handed out; answers {"round": [the next round's messages]}, empty when
     * the search is over.
     */
    String report(String resultsJson) {
        Object root = Json.parse(resultsJson);
        if (!(root instanceof Map) || !(((Map<?, ?>) root).get("results") instanceof List)) {
            throw new IllegalArgumentException("search: a report is {\"results\": [...]}");
        }
        Map<Integer, Trial.Result> byId = new LinkedHashMap<>();
        for (Object o : (List<?>) ((Map<?, ?>) root).get("results")) {
            Map<?, ?> r = o instanceof Map ? (Map<?, ?>) o : Map.of();
            Object id = r.get("id");
            Trial t = id instanceof Double ? out.get(((Double) id).intValue()) : null;
            if (t == null) {
                throw new IllegalArgumentException("search: a result for trial " + (id instanceof Double ? Json.number((Double) id) : id) + ", which is not in the round handed out");
            }
            Object error = r.get("error");
            byId.put(t.id, new Trial.Result(t, null, r.get("score") == null ? Double.NaN : Trial.scoreOf(r.get("score")),
                    r.get("weights") == null ? null : StartWeights.parseInTransit(r.get("weights")), error == null ? null : String.valueOf(error)));
        }
        if (byId.size() != out.size()) {
            throw new IllegalArgumentException("search: the round has " + out.size() + " trials and " + byId.size() + " were reported");
        }
        for (Trial t : out.values()) { // in the order handed out, so the search sees the same order as tune's
            search.report(byId.get(t.id));
        }
        out.clear();
        return "{\"round\":" + handOut(search.nextRound()) + "}";
    }

    private String handOut(List<Trial> round) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < round.size(); i++) {
            Trial t = round.get(i);
            out.put(t.id, t);
            StartWeights start = t.parent >= 0 ? search.weightsOf(t.parent) : null;
            sb.append(i == 0 ? "" : ",").append(t.toJson(objective, search.mayBePromoted(t), start));
        }
        return sb.append(']').toString();
    }

    /**
     * A trial message trained on {@code table}: {"id", "score", "weights" (when wanted: {@link StartWeights#toJson}
     * as one string, so that whoever passes it on handles one string, not a tree of millions of values), "failure"
     * (why it failed, or null), "row"} — the row as the Tune panel shows it.
     */
    static String run(String trialJson, java.util.function.Function<ExperimentSpec, playground.engine.data.Table> tableOf) {
        Trial.Message m = Trial.fromJson(trialJson);
        Trial t = m.trial();
        Trial.Result r;
        try {
            r = t.run(tableOf.apply(t.spec), null, m.start(), m.objective());
        } catch (IllegalArgumentException e) { // the data is not loaded: the trial fails, the search goes on
            r = new Trial.Result(t, null, Double.NaN, null, e.getMessage());
        }
        // The row loads the point with its whole budget: a continued trial's spec trains only the rest of it.
        ExperimentSpec alone = t.spec.with("epochs", Integer.toString(t.epochs));
        StringBuilder row = new StringBuilder("{\"trial\":").append(t.id).append(",\"bracket\":").append(t.bracket)
                .append(",\"round\":").append(t.round).append(",\"budget\":").append(t.epochs).append(",\"initial_epoch\":")
                .append(t.initialEpoch).append(",\"parent\":").append(t.parent).append(",\"score\":").append(Json.number(r.score))
                .append(",\"query\":").append(Json.quote(alone.toQuery()));
        if (r.result != null) {
            String fields = Session.gridRow(r.result);
            row.append(fields.substring(fields.indexOf(",\"spec\":")));
        } else {
            row.append(",\"error\":").append(Json.quote(r.error)).append('}');
        }
        // "failure", not "error": a reply with a top-level error is a request that failed, and this one did not
        return "{\"id\":" + t.id + ",\"score\":" + Json.quote(Trial.scoreText(r.score)) + ",\"weights\":"
                + (m.weightsWanted() && r.weights != null ? Json.quote(r.weights.toJson()) : "null") + ",\"failure\":"
                + (r.error == null ? "null" : Json.quote(r.error)) + ",\"row\":" + row + "}";
    }
}
