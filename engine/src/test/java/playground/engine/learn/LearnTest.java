package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.text.Json;

class LearnTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> view(String name, String query) {
        return (Map<String, Object>) Json.parse(Learn.view(name, query));
    }

    @Test
    void theNeuronViewStepsAndKeepsItsSettingsInTheQuery() {
        Map<String, Object> m = view("neuron", "w=0.5&steps=2");
        assertEquals("x=1&w=0.5&b=0.1&t=1&lr=0.1&act=sigmoid&loss=half_se&steps=2", m.get("query"));
        List<?> rows = (List<?>) m.get("rows");
        assertEquals(3, rows.size());
        assertEquals(0.06277972665877364, (Double) ((Map<?, ?>) rows.get(0)).get("loss"), 1e-12);
        assertEquals(((Map<?, ?>) rows.get(0)).get("wNext"), ((Map<?, ?>) rows.get(1)).get("w"));
    }

    @Test
    void badSettingsAreAnErrorThatNamesThem() {
        assertEquals("w: 'heavy' is not a number", view("neuron", "w=heavy").get("error"));
        assertEquals("depth must be between 1 and 20", view("init", "depth=50").get("error"));
        assertTrue(((String) view("optimizers", "surface=moon").get("error")).startsWith("unknown surface 'moon'"));
        assertEquals("unknown view 'nope'", view("nope", "").get("error"));
    }

    @Test
    void everyViewAnswers() {
        for (String v : Learn.VIEWS) {
            if (v.equals("regularization")) {
                continue; // its frames train; it asks the engine for nothing
            }
            Map<String, Object> m = view(v, "");
            assertTrue(!m.containsKey("error"), v + ": " + m.get("error"));
        }
        Map<String, Object> lr = view("lr", "lr_large=0.2");
        List<?> races = (List<?>) lr.get("races");
        assertTrue((Double) ((Map<?, ?>) races.get(2)).get("divergedAt") > 0, "the large rate diverges");
        assertEquals(-1.0, ((Map<?, ?>) races.get(1)).get("divergedAt"));
        Map<String, Object> leaky = view("activations", "slope=0.3&act=leaky_relu%3A0.3");
        assertEquals("slope=0.3&act=leaky_relu:0.3", leaky.get("query"));
    }
}
