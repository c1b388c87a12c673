package playground.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.web.page.EngineClient;
import playground.web.protocol.Kind;

/** Training views' runs: experiment queries trained one after another in the page's engine worker. */
public final class Runs {
    private Runs() {
    }

    public interface Done {
        /** Each query's answer, in order, and the milliseconds each took in this browser. */
        void done(List<Map<String, Object>> results, List<Double> ms);
    }

    /** The experiment queries of a view's runs, as the engine lists them ({label, query} each). */
    public static List<String> queries(List<Map<String, Object>> runs) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : runs) {
            out.add((String) r.get("query"));
        }
        return out;
    }

    /** Trains {@code queries} as {@code kind} ("curves", "dead-relu", "deep", "thresholds") in order; the first failure stops. */
    public static void train(String kind, List<String> queries, Done done, EngineClient.Failed failed) {
        next(kind, queries, new ArrayList<>(), new ArrayList<>(), done, failed);
    }

    private static void next(String kind, List<String> queries, List<Map<String, Object>> results, List<Double> ms, Done done,
            EngineClient.Failed failed) {
        if (results.size() == queries.size()) {
            done.done(results, ms);
            return;
        }
        LearnPage.current().engine().request(Kind.LEARN_TRAIN, new Object[] {kind, queries.get(results.size()), ""}, (result, t) -> {
            results.add(Data.map(result));
            ms.add(t);
            next(kind, queries, results, ms, done, failed);
        }, failed);
    }
}
