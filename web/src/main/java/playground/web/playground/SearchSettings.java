package playground.web.playground;

/**
 * How the Tune panel searches its space: a grid (every listed point), a random search of {@code trials} points, or
 * Hyperband up to {@code maxEpochs} with reduction {@code factor}; {@code seed} seeds the draws. The options travel
 * to the engine as the query {@link #options} (the names of {@code tune}'s flags), so the page and the CLI make the
 * same choices from the same seed.
 */
public record SearchSettings(String kind, int trials, int maxEpochs, int factor, int seed) {
    /** A grid, as before there was a choice; a search's defaults are tune's (20 trials, factor 3, seed 1). */
    public static final SearchSettings DEFAULT = new SearchSettings("grid", 20, 27, 3, 1);

    public boolean isGrid() {
        return kind.equals("grid");
    }

    /** The engine's search options for this search (not a grid). */
    public String options() {
        return "search=" + kind + "&trials=" + trials + "&max_epochs=" + maxEpochs + "&factor=" + factor + "&seed=" + seed;
    }

    public SearchSettings withKind(String k) {
        return new SearchSettings(k, trials, maxEpochs, factor, seed);
    }
}
