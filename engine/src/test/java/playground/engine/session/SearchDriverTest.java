package playground.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.experiment.Grid;
import playground.engine.experiment.Search;
import playground.engine.experiment.Trial;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Json;

/**
 * A search driven as the page drives it — the plan in one session, trials as messages trained by others, results
 * reported in any order — chooses and scores exactly as the same {@link Search} driven in one place, as tune does.
 */
class SearchDriverTest {
    private static final String BASE = "v=2&data=circle&n=160&val=0.25&test=0.25&layers=dense:6:tanh&epochs=9";
    private static final String SPACE = "lr=0.003..0.3:log;opt=sgd,adam";

    private static Map<?, ?> json(String s) {
        return (Map<?, ?>) Json.parse(s);
    }

    private static List<?> list(Object o) {
        return (List<?>) o;
    }

    @Test
    void hyperbandOverMessagesMatchesTheSearchRunInOnePlace() {
        // in one place, as tune does it
        ExperimentSpec base = ExperimentSpec.fromQuery(BASE).spec;
        Table table = Synthetic.table("circle", 160, base.number("noise"), base.seed("data_seed"));
        Search direct = Search.hyperband(Grid.parse(SPACE), base, 9, 3, 1, 7, "val_loss");
        List<String> expected = new ArrayList<>();
        for (List<Trial> round = direct.nextRound(); !round.isEmpty(); round = direct.nextRound()) {
            List<Trial.Result> done = new ArrayList<>();
            for (Trial t : round) {
                Trial.Result r = t.run(table, null, t.parent >= 0 ? direct.weightsOf(t.parent) : null, "val_loss");
                expected.add(t.id + " " + t.bracket + "/" + t.round + " " + t.initialEpoch + "→" + t.epochs + " parent " + t.parent
                        + " " + t.spec.toQuery() + " " + Trial.scoreText(r.score));
                done.add(r);
            }
            done.forEach(direct::report);
        }

        // over messages: the driver in one session, the trials on two others, each round reported back to front
        Session page = new Session();
        List<Session> workers = List.of(new Session(), new Session());
        Map<?, ?> plan = json(page.searchStart(BASE, SPACE, "search=hyperband&max_epochs=9&factor=3&seed=7"));
        assertEquals(List.of("lr", "opt"), plan.get("keys"));
        assertEquals("b2: 9×1 3×3 1×9; b1: 5×3 2×9; b0: 3×9", plan.get("brackets"));
        assertEquals(Map.of("trials", 23.0, "epochs", 75.0), plan.get("planned"));
        List<String> actual = new ArrayList<>();
        int rows = 0;
        for (List<?> round = list(plan.get("round")); !round.isEmpty(); ) {
            List<Object> results = new ArrayList<>();
            for (int i = 0; i < round.size(); i++) {
                Map<?, ?> t = (Map<?, ?>) round.get(i);
                Map<?, ?> r = json(workers.get(i % 2).runTrial(Json.write(t)));
                Map<?, ?> row = (Map<?, ?>) r.get("row");
                assertEquals(t.get("id"), r.get("id"));
                assertEquals(t.get("epochs"), row.get("budget"));
                assertTrue(((String) row.get("query")).contains("epochs=" + ((Double) t.get("epochs")).intValue()), row.get("query") + "");
                assertEquals(Boolean.TRUE.equals(t.get("weights_wanted")), r.get("weights") != null, "weights come back when wanted");
                assertNotNull(row.get("val"));
                actual.add(((Double) t.get("id")).intValue() + " " + ((Double) t.get("bracket")).intValue() + "/"
                        + ((Double) t.get("round")).intValue() + " " + ((Double) t.get("initial_epoch")).intValue() + "→"
                        + ((Double) t.get("epochs")).intValue() + " parent " + ((Double) t.get("parent")).intValue() + " "
                        + t.get("query") + " " + r.get("score"));
                Map<String, Object> result = new java.util.LinkedHashMap<>();
                result.put("id", r.get("id"));
                result.put("score", r.get("score"));
                result.put("weights", r.get("weights"));
                result.put("error", r.get("failure"));
                results.add(result);
                rows++;
            }
            Collections.reverse(results); // the order workers finish in does not matter
            round = list(json(page.searchReport(Json.write(Map.of("results", results)))).get("round"));
        }
        assertEquals(expected, actual);
        assertEquals(23, rows);
    }

    @Test
    void aRandomSearchPlansTheEpochsItDrewAndNeverWantsWeights() {
        Map<?, ?> plan = json(new Session().searchStart(BASE, "epochs=2..6:int;lr=0.01,0.1", "search=random&trials=5&seed=3"));
        List<?> round = list(plan.get("round"));
        assertEquals(5, round.size());
        double epochs = 0;
        for (Object t : round) {
            epochs += (Double) ((Map<?, ?>) t).get("epochs");
            assertEquals(false, ((Map<?, ?>) t).get("weights_wanted"));
            assertNull(((Map<?, ?>) t).get("start"));
        }
        assertEquals(Map.of("trials", 5.0, "epochs", epochs), plan.get("planned"));
        assertNull(plan.get("brackets"));
    }

    @Test
    void badOptionsAndReportsAreRefusedWithTheirReason() {
        Session s = new Session();
        assertEquals("search: no option 'speed' (options: search, trials, max_epochs, factor, iterations, seed, objective)",
                json(s.searchStart(BASE, SPACE, "speed=9")).get("error"));
        assertEquals("search: factor must be at least 2, was 1", json(s.searchStart(BASE, SPACE, "factor=1")).get("error"));
        assertEquals("search: trials must be a whole number, was 'many'",
                json(s.searchStart(BASE, SPACE, "search=random&trials=many")).get("error"));
        assertEquals("hyperband sets each trial's epochs itself (up to its max epochs): leave epochs out of the space",
                json(s.searchStart(BASE, "epochs=1..9:int", "")).get("error"));
        assertEquals("no search is under way", json(s.searchReport("{\"results\":[]}")).get("error"));
        json(s.searchStart(BASE, SPACE, "max_epochs=3"));
        assertEquals("search: the round has 3 trials and 0 were reported", json(s.searchReport("{\"results\":[]}")).get("error"));
        assertEquals("search: a result for trial 99, which is not in the round handed out",
                json(s.searchReport("{\"results\":[{\"id\":99,\"score\":\"0x0\"}]}")).get("error"));
    }

    @Test
    void aTrialThatCannotTrainIsAResultWithItsError() {
        Map<?, ?> plan = json(new Session().searchStart("data=iris&epochs=3", "lr=0.01,0.1", "search=random&trials=1"));
        Map<?, ?> r = json(new Session().runTrial(Json.write(list(plan.get("round")).get(0))));
        assertEquals("the dataset 'iris' is not loaded yet", r.get("failure"));
        assertNull(r.get("error"), "a failed trial is a result, not a failed request");
        assertEquals("the dataset 'iris' is not loaded yet", ((Map<?, ?>) r.get("row")).get("error"));
        assertEquals(Trial.scoreText(Double.NaN), r.get("score"));
    }

    @Test
    void aFailedTrialIsNotPromotedAndNonFiniteWeightsFailOnlyTheTrialThatContinuesThem() {
        Session page = new Session();
        Map<?, ?> plan = json(page.searchStart(BASE, "lr=0.01,0.02,0.05,0.1", "search=hyperband&max_epochs=3&factor=3&seed=1"));
        assertEquals("b1: 3×1 1×3; b0: 2×3", plan.get("brackets"));
        List<?> round = list(plan.get("round"));
        Map<?, ?> ran = json(new Session().runTrial(Json.write(round.get(1))));
        String broken = Json.quote(((String) ran.get("weights")).replaceFirst("\"0x[0-9a-f]+\"", "\"0x7ff8000000000000\"")); // a NaN
        List<Object> results = new ArrayList<>();
        assertEquals(1.0, ((Map<?, ?>) round.get(1)).get("id"));
        results.add(Json.parse("{\"id\":0,\"score\":null,\"weights\":null,\"error\":\"it broke\"}"));
        results.add(Json.parse("{\"id\":1,\"score\":\"" + Trial.scoreText(0.5) + "\",\"weights\":" + broken + ",\"error\":null}"));
        results.add(Json.parse("{\"id\":2,\"score\":\"" + Trial.scoreText(0.9) + "\",\"weights\":null,\"error\":null}"));
        List<?> next = list(json(page.searchReport(Json.write(Map.of("results", results)))).get("round"));
        assertEquals(1, next.size());
        Map<?, ?> promoted = (Map<?, ?>) next.get(0);
        assertEquals(1.0, promoted.get("parent"), "the best score is promoted; the failed trial is not");
        Map<?, ?> r = json(new Session().runTrial(Json.write(promoted)));
        assertTrue(String.valueOf(r.get("failure")).matches("starting weight tensor \\d+ \\(kernel\\) holds NaN: every weight must be a finite number"),
                String.valueOf(r.get("failure")));
    }
}
