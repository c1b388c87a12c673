package playground.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.session.Session;
import playground.engine.text.Json;

/** The Tune panel's table on real grid runs (a JVM Session runs them as a worker does). */
class GridSearchTest {
    @SuppressWarnings("unchecked")
    private static GridSearch ran(String rank) {
        Session s = new Session();
        Map<String, Object> plan = (Map<String, Object>) Json.parse(s.grid("v=1&data=circle&epochs=2", "lr=0.3,0.01;batch=8,64"));
        GridSearch g = GridSearch.start((List<String>) plan.get("keys"), 5, rank, 0, 2);
        for (String q : (List<String>) plan.get("queries")) {
            g = g.with((Map<String, Object>) Json.parse(s.run(q)));
        }
        return g.with(Map.of("query", "v=1&data=circle&lr=7&batch=8", "error", "it broke"));
    }

    private static List<Object> column(GridSearch g, String key) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> row : g.sorted()) {
            out.add(GridSearch.value(row, key));
        }
        return out;
    }

    @Test
    void accuracyRanksHighestFirstAndAFailedRunComesLast() {
        GridSearch g = ran("accuracy");
        assertEquals("val_accuracy", g.sortKey);
        assertTrue(g.descending);
        List<Object> accuracy = column(g, "val_accuracy");
        assertEquals(null, accuracy.get(4), "the failed run has no accuracy and sorts last");
        for (int i = 1; i < 4; i++) {
            assertTrue((Double) accuracy.get(i - 1) >= (Double) accuracy.get(i), accuracy.toString());
        }
    }

    @Test
    void theChosenRunIsTheBestOnValidationWhateverColumnTheTableIsSortedBy() {
        GridSearch g = ran("accuracy");
        Map<String, Object> chosen = g.sortedBy("lr").chosen();
        assertEquals(g.sorted().get(0), chosen);
        assertTrue(((Map<?, ?>) chosen.get("test")).get("accuracy") instanceof Double, "its test accuracy, to report once");
    }

    @Test
    void aSettingSortsAsANumberAscendingThenDescendingAndAFailedRunShowsItsQuerysValue() {
        GridSearch g = ran("rmse").sortedBy("lr");
        assertFalse(g.descending);
        assertEquals(List.of("0.01", "0.01", "0.3", "0.3", "7"), column(g, "lr"));
        assertEquals(List.of("7", "0.3", "0.3", "0.01", "0.01"), column(g.sortedBy("lr"), "lr"));
    }

    @Test
    void theColumnsAreTheKeysEpochsAndTheTasksMetrics() {
        GridSearch g = GridSearch.start(List.of("lr", "batch"), 4, "rmse", 0, 1);
        assertEquals(List.of("lr", "batch", "epochs_run", "val_rmse", "val_mae", "val_r2"), g.columns(false));
        assertEquals("val_accuracy", g.columns(true).get(3));
        assertFalse(g.columns(true).contains("test_accuracy"), "the test rows are not a column to choose by");
    }

    @Test
    void theCsvHasTheQueryFirstQuotesCommasAndLeavesAFailedRunsMetricsEmpty() {
        String csv = ran("accuracy").csv(true);
        String[] lines = csv.split("\n");
        assertEquals("query,lr,batch,epochs_run,val_accuracy,val_f1,val_log_loss", lines[0]);
        assertEquals(6, lines.length);
        assertEquals("v=1&data=circle&lr=7&batch=8,7,8,,,,", lines[5]);
        GridSearch layers = GridSearch.start(List.of("layers"), 1, "rmse", 0, 1)
                .with(Map.of("query", "v=1&layers=dense:2:relu,bn", "error", "x"));
        assertTrue(layers.csv(false).contains("\"dense:2:relu,bn\""), layers.csv(false));
    }

    @Test
    void durationsReadAsSecondsThenMinutes() {
        assertEquals("4.2 s", GridSearch.elapsed(4240));
        assertEquals("3 min 12 s", GridSearch.elapsed(192_000));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHyperbandSearchShowsEachTrialsPlaceAndCountsItsProgressInEpochs() {
        Session page = new Session();
        Map<String, Object> plan = (Map<String, Object>) Json.parse(page.searchStart("v=2&data=circle&n=120&val=0.25&epochs=9",
                "lr=0.01..0.3:log", "search=hyperband&max_epochs=9&factor=3&seed=2"));
        Map<String, Object> planned = (Map<String, Object>) plan.get("planned");
        GridSearch g = GridSearch.search("hyperband", (List<String>) plan.get("keys"), ((Double) planned.get("trials")).intValue(),
                ((Double) planned.get("epochs")).intValue(), (String) plan.get("brackets"), "accuracy", 0, 2);
        assertEquals(List.of("lr", "trial", "bracket", "round", "budget", "epochs_run", "val_accuracy", "val_f1", "val_log_loss"),
                g.columns(true));
        assertTrue(Double.isNaN(g.remaining(1000)), "no ETA before any work is done");
        Session worker = new Session();
        List<Object> round = new ArrayList<>((List<Object>) plan.get("round")); // the first round: 9 trials of 1 epoch
        java.util.Collections.reverse(round); // finishing in any order
        for (Object t : round) {
            Map<String, Object> r = (Map<String, Object>) Json.parse(worker.runTrial(Json.write(t)));
            g = g.with((Map<String, Object>) r.get("row"));
        }
        assertEquals(9.0, g.done());
        assertEquals(75.0, g.work());
        assertEquals(900.0 / 9 * 66, g.remaining(900), 1e-9, "the rate so far, over the epochs left, not the trials left");
        List<Object> trials = new ArrayList<>();
        double best = -1;
        for (Map<String, Object> row : g.rows) {
            trials.add(row.get("trial"));
            best = Math.max(best, (Double) GridSearch.value(row, "val_accuracy"));
        }
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0), trials, "kept in trial order, however they finished");
        Map<String, Object> chosen = g.stopped().chosen();
        assertEquals(best, GridSearch.value(chosen, "val_accuracy"));
        for (Map<String, Object> row : g.rows) { // ties go to the lowest trial, as tune breaks them
            if (GridSearch.value(row, "val_accuracy").equals(best)) {
                assertEquals(row.get("trial"), chosen.get("trial"));
                break;
            }
        }

        GridSearch random = GridSearch.search("random", List.of("lr"), 3, 30, null, "rmse", 0, 1);
        assertEquals(List.of("lr", "trial", "epochs_run", "val_rmse", "val_mae", "val_r2"), random.columns(false));
    }
}
