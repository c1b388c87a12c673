package playground.web.playground;

import playground.engine.text.Query;

/**
 * How the Tune panel searches its space: a grid (every listed point), a random search of {@code trials} points, or
 * Hyperband up to {@code maxEpochs} with reduction {@code factor}; {@code seed} seeds the draws. The numbers are the
 * boxes' text as typed: the engine checks them and says what is wrong, and an empty box is tune's default (20
 * trials, max epochs the spec's own epochs, factor 3, seed 1). They travel as the query {@link #options}, named as
 * {@code tune}'s flags, so the page and the CLI make the same choices from the same settings.
 */
public record SearchSettings(String kind, String trials, String maxEpochs, String factor, String seed) {
    public static final SearchSettings DEFAULT = new SearchSettings("grid", "", "", "", "");

    public boolean isGrid() {
        return kind.equals("grid");
    }

    /** The engine's search options for this search (not a grid): the boxes that are not empty. */
    public String options() {
        StringBuilder sb = new StringBuilder("search=").append(Query.encode(kind));
        String[][] boxes = {{"trials", trials}, {"max_epochs", maxEpochs}, {"factor", factor}, {"seed", seed}};
        for (String[] b : boxes) {
            if (!b[1].trim().isEmpty()) {
                sb.append('&').append(b[0]).append('=').append(Query.encode(b[1].trim()));
            }
        }
        return sb.toString();
    }

    public SearchSettings withKind(String k) {
        return new SearchSettings(k, trials, maxEpochs, factor, seed);
    }
}
