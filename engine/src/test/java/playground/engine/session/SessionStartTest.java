package playground.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.text.Json;

/** The workspace's starting weights: a remix, a saved start carried and replayed, and let go when it no longer fits. */
class SessionStartTest {
    private static final String SPEC = "v=1&data=circle&layers=dense:4:tanh&epochs=4&seed=2";

    private static Map<?, ?> json(String s) {
        return (Map<?, ?>) Json.parse(s);
    }

    /** Trains to the end; the loss of every epoch, as the replies said it. */
    private static List<Object> train(Session s) {
        List<Object> losses = new java.util.ArrayList<>();
        while (!s.trainingOver()) {
            losses.add(((Map<?, ?>) json(s.step("epoch")).get("log")).get("loss"));
        }
        return losses;
    }

    @Test
    void aRemixTrainsOnFromTheTrainedWeightsAndItsSavedStartReplaysTheRunExactly() {
        Session a = new Session();
        a.prepare(SPEC);
        train(a);
        assertEquals("spec", json(a.weights()).get("start"));
        assertEquals("the settings changed meanwhile: press it again", json(a.startFrom(SPEC + "&lr=0.1", "trained")).get("error"));
        Map<?, ?> remix = json(a.startFrom(SPEC, "trained"));
        assertEquals("weights", remix.get("start"));
        int values = 0;
        for (Object t : (List<?>) ((Map<?, ?>) json(a.weights()).get("start")).get("params")) {
            values += ((List<?>) ((Map<?, ?>) t).get("values")).size();
        }
        assertEquals(4 * 2 + 4 + 4 * 2 + 2, values, "every kernel and bias of dense:4 and the 2-class output");
        // an edit of a setting that keeps the network keeps the start
        Map<?, ?> edited = json(a.edit(SPEC, "lr=0.003"));
        assertEquals("weights", edited.get("start"));
        a.setWeight(1, 0, 0, "0.5");
        List<Object> remixed = train(a);
        String saved = a.weights();

        Session b = new Session(); // a saved experiment opened elsewhere: the spec, its start, its edits
        b.prepare((String) edited.get("query"));
        assertEquals("weights", json(b.startFrom((String) edited.get("query"), Json.write(json(saved).get("start")))).get("start"));
        b.replayEdits(Json.write(json(saved).get("edits")));
        assertEquals(remixed, train(b));
        assertEquals(saved, b.weights());
    }

    @Test
    void aStartThatNoLongerFitsIsLetGoWithAReasonAndTheSpecsStartBack() {
        Session a = new Session();
        a.prepare(SPEC);
        train(a);
        a.startFrom(SPEC, "trained");
        Map<?, ?> wider = json(a.edit(SPEC, "layers=dense:5:tanh"));
        assertEquals("spec", wider.get("start"));
        assertTrue(((String) wider.get("start_dropped")).startsWith("the starting weights no longer fit the network"),
                (String) wider.get("start_dropped"));
        Map<?, ?> back = json(a.edit((String) wider.get("query"), "layers=dense:4:tanh"));
        assertEquals("spec", back.get("start"), "a start let go stays gone");
    }

    @Test
    void aGarbledStartIsAnErrorAndTheExperimentStaysAsItWas() {
        Session a = new Session();
        a.prepare(SPEC);
        a.startFrom(SPEC, "trained");
        String before = a.weights();
        Map<?, ?> r = json(a.startFrom(SPEC, "{\"params\": 3}"));
        assertEquals("the starting weights cannot be used: starting weights are a JSON object with a list \"params\"", r.get("error"));
        assertEquals(before, a.weights());
        assertEquals("spec", json(a.startFrom(SPEC, "spec")).get("start"));
        assertNotEquals(before, a.weights());
    }
}
