package playground.web.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.spec.Settings;
import playground.engine.text.Json;
import playground.engine.workload.DeterminismProbe;
import playground.web.protocol.Codec;
import playground.web.protocol.Kind;
import playground.web.protocol.Request;

/** The worker's side of the protocol, driven on the JVM exactly as the worker drives it. */
class EngineHostTest {
    private final EngineHost host = new EngineHost();

    private Object json(Kind kind, Object... values) {
        return Json.parse(host.handle(Codec.decode(Codec.encode(Request.of(1, kind, values)))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpecIsPreparedTrainedEpochByEpochAndEvaluated() {
        Map<String, Object> prep = (Map<String, Object>) json(Kind.PREPARE, "v=1&data=xor&epochs=3&n=80");
        assertEquals("v=1&data=xor&epochs=3&n=80", prep.get("query"));
        assertEquals(2, ((List<?>) prep.get("layers")).size());
        int epochs = 0;
        while (!host.trainingOver()) {
            Map<String, Object> p = (Map<String, Object>) Json.parse(host.trainEpoch());
            epochs++;
            assertEquals((double) epochs, p.get("epoch"));
        }
        assertEquals(3, epochs);
        Map<String, Object> eval = (Map<String, Object>) json(Kind.EVALUATE);
        assertTrue(eval.containsKey("train"), eval.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupOfRunsThatDifferOnlyInEpochsComesBackAsOneRowPerRun() {
        Map<String, Object> plan = (Map<String, Object>) json(Kind.GRID, "v=1&data=xor&n=80", "epochs=1,3");
        assertEquals(List.of(List.of(0.0, 1.0)), plan.get("groups"), "one training for both");
        List<String> queries = (List<String>) plan.get("queries");
        Map<String, Object> reply = (Map<String, Object>) json(Kind.RUN_SHARING_EPOCHS, queries.get(1) + "\n" + queries.get(0));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) reply.get("rows");
        assertEquals(List.of(3.0, 1.0), List.of(rows.get(0).get("epochs_run"), rows.get(1).get("epochs_run")), "in the order asked");
        assertEquals(json(Kind.RUN, queries.get(0)), rows.get(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTensorflowJsZipComesOutAsBase64AndImportsBackWithItsExperimentAndStart() {
        json(Kind.PREPARE, "v=2&data=xor&epochs=2&n=40&layers=dense:3:tanh");
        while (!host.trainingOver()) {
            host.trainEpoch();
        }
        String zip = host.handle(Request.of(1, Kind.TFJS_EXPORT));
        String files = "{\"model-tfjs.zip\":" + Json.quote(zip) + "}";
        Map<String, Object> m = (Map<String, Object>) json(Kind.IMPORT_TFJS, files);
        assertEquals("dense:3:tanh", m.get("layers"));
        assertEquals("dense:2:softmax", m.get("output"));
        assertEquals(17.0, m.get("params"));
        assertEquals("v=2&data=xor&layers=dense:3:tanh&epochs=2&n=40", m.get("experiment"));
        assertTrue(((String) m.get("start")).startsWith("{\"params\":[{\"layer\":0,\"name\":\"kernel\""), (String) m.get("start"));
        Map<String, Object> refused = (Map<String, Object>) json(Kind.IMPORT_TFJS, "{\"model.json\":\"e30=\"}");
        assertEquals("The model cannot be imported: not a TensorFlow.js Layers model (model.json has no \"modelTopology\")",
                refused.get("error"));
        String script = host.handle(Request.of(1, Kind.KERAS_SCRIPT, "xor.csv", "a note"));
        assertTrue(script.contains("model = keras.Model(inputs, x)"), script);
    }

    @Test
    void theTrainingLoopStopsWhenNothingIsPreparedOrAStepFails() {
        assertTrue(host.trainingOver());
        json(Kind.PREPARE, "v=1&data=xor&epochs=2&n=40");
        assertFalse(host.trainingOver());
    }

    @Test
    void everyRequestKindIsHandledAndTextResultsAreText() {
        assertEquals(Settings.json(), host.handle(Request.of(1, Kind.SETTINGS)));
        assertEquals(DeterminismProbe.fingerprint(2), host.handle(Request.of(1, Kind.FINGERPRINT, 2)));
        assertTrue(host.handle(Request.of(1, Kind.NUMBERS, 1)).startsWith("3fb999999999999a 0.1 "));
        assertTrue(host.handle(Request.of(1, Kind.GOLDEN, "v=1&data=xor&epochs=1&n=40", "")).startsWith("epoch 1 loss="));
        String plan = host.handle(Request.of(1, Kind.SEARCH_START, "v=1&data=xor&epochs=3", "lr=0.01..0.1", "search=random&trials=2"));
        assertTrue(plan.startsWith("{\"search\":\"random\",\"keys\":[\"lr\"],\"planned\":{\"trials\":2,\"epochs\":6}"), plan);
        assertTrue(host.handle(Request.of(1, Kind.SEARCH_REPORT, "{\"results\":[]}")).contains("the round has 2 trials"));
        assertTrue(host.handle(Request.of(1, Kind.RUN_TRIAL, "{}")).contains("a trial names its query and objective"));
        for (Kind k : Kind.values()) {
            assertEquals(k, Codec.decode(Codec.encode(Request.of(1, k, sample(k)))).kind, k.wire);
        }
    }

    /** Values of the right types for a kind's fields. */
    private static Object[] sample(Kind k) {
        return switch (k) {
            case LOAD_CSV, GRID, LEARN, GOLDEN, EDIT, START_FROM, KERAS_SCRIPT -> new Object[] {"a", "b"};
            case PREPARE, STEP, RUN, RUN_SHARING_EPOCHS, PRESET, BENCH_PREPARE, REPLAY_EDITS, IMPORT_TFJS -> new Object[] {"a"};
            case SET_WEIGHT -> new Object[] {1, 0, 0, "0.5"};
            case FINGERPRINT, NUMBERS, SPEED, BENCH_PEAK -> new Object[] {1};
            case TRAIN, PICTURE -> new Object[] {1, 2};
            case LEARN_TRAIN, SEARCH_START -> new Object[] {"a", "b", "c"};
            case SEARCH_REPORT, RUN_TRIAL -> new Object[] {"a"};
            default -> new Object[0];
        };
    }
}
