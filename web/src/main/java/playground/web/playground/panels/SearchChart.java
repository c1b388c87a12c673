package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.charts.Plots;
import playground.web.dom.Dom;
import playground.web.page.Format;
import playground.web.playground.GridSearch;

/**
 * A search's trials as points: the validation metric the search is ranked by against the trial's budget (the
 * epochs it has trained when it ends, its ancestors' included), one series per Hyperband bracket, so the rungs
 * stand in columns and the promoted trials can be seen improving as they train longer. Failed and diverged trials
 * have no point; the caption says how many. A grid has no chart: the table is its picture.
 */
final class SearchChart {
    private SearchChart() {
    }

    static void draw(GridSearch g) {
        String rank = g.rank;
        Dom.find("#search-figure").setHidden(!g.isSearch() || g.rows.isEmpty());
        if (!g.isSearch() || g.rows.isEmpty()) {
            return;
        }
        String column = "val_" + rank;
        List<Integer> brackets = new ArrayList<>();
        for (Map<String, Object> row : g.rows) {
            int b = row.get("bracket") instanceof Double ? ((Double) row.get("bracket")).intValue() : -1;
            if (!brackets.contains(b)) {
                brackets.add(b);
            }
        }
        brackets.sort((a, b) -> Integer.compare(b, a)); // the most aggressive bracket first, as Hyperband runs them
        List<Plots.Series> series = new ArrayList<>();
        int missing = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double most = 1;
        for (int k = 0; k < brackets.size(); k++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Map<String, Object> row : g.rows) {
                int b = row.get("bracket") instanceof Double ? ((Double) row.get("bracket")).intValue() : -1;
                if (b != brackets.get(k)) {
                    continue;
                }
                Object v = GridSearch.value(row, column);
                Object budget = row.get("budget");
                if (!(v instanceof Double) || !finite((Double) v) || Boolean.TRUE.equals(row.get("diverged")) || !(budget instanceof Double)) {
                    missing++;
                    continue;
                }
                xs.add((Double) budget);
                ys.add((Double) v);
                lo = Math.min(lo, (Double) v);
                hi = Math.max(hi, (Double) v);
                most = Math.max(most, (Double) budget);
            }
            String label = brackets.get(k) < 0 ? "trials" : "bracket " + brackets.get(k);
            series.add(new Plots.Series(array(xs), array(ys), label).color(Plots.PALETTE[k % Plots.PALETTE.length]).points(4));
            if (k % 2 == 1) {
                series.get(k).hollow(); // neighbouring brackets differ by fill as well as colour
            }
        }
        // errors spread over orders of magnitude (a rate too high) flatten the rest on a linear axis
        boolean log = lo > 0 && hi / lo > 20;
        Plots.Options o = new Plots.Options().labels("budget (epochs)", "validation " + rank + (log ? " (log scale)" : ""))
                .size(width(), 260);
        o.yLog = log;
        o.xRange = new double[] {0, most * 1.04}; // room for the points at the largest budget
        Plots.line(Dom.find("#search-chart"), series, o);
        HTMLElement legend = Dom.find("#search-legend");
        legend.setTextContent("");
        legend.appendChild(Plots.legend(series));
        int shown = g.rows.size() - missing;
        Dom.text("#search-caption", "Validation " + rank + " of each trial against its budget: " + shown + " trial"
                + (shown == 1 ? "" : "s") + (missing > 0 ? "; " + missing + " not drawn (failed, diverged or without a validation " + rank + ")" : "")
                + (g.brackets != null ? ". Hyperband's brackets (trials × budget): " + g.brackets : "")
                + (lo <= hi ? ". Best " + Format.number(GridSearch.higherIsBetter(rank) ? hi : lo) : "") + ".");
    }

    /** The room the figure has, up to 560 px (a hidden tab has none: full width, scaled down by CSS if need be). */
    private static int width() {
        int room = Dom.find("#search-figure").getClientWidth();
        return room > 0 ? Math.max(260, Math.min(560, room - 2)) : 560;
    }

    private static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static double[] array(List<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }
}
