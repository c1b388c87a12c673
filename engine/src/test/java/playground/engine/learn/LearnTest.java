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
            Map<String, Object> m = view(v, "");
            assertTrue(!m.containsKey("error"), v + ": " + m.get("error"));
        }
        Map<String, Object> lr = view("lr", "lr_large=0.2");
        List<?> races = (List<?>) lr.get("races");
        assertTrue((Double) ((Map<?, ?>) races.get(2)).get("divergedAt") > 0, "the large rate diverges");
        assertEquals(-1.0, ((Map<?, ?>) races.get(1)).get("divergedAt"));
        Map<String, Object> reg = view("regularization", "reg=l2&penalty=0.01");
        assertEquals("v=2&data=circle&n=100&noise=0.6&val=0.3&epochs=300&lr=0.01&layers=dense:64:relu,dense:64:relu,dense:64:relu",
                reg.get("plain"));
        assertEquals(reg.get("plain") + "&reg=l2:0.01", reg.get("regularized"));
        assertEquals("L2 0.01", reg.get("label"));
        assertEquals("v=2&data=circle&n=100&noise=0.6&val=0.3&epochs=300&lr=0.01&layers=dense:64:relu,dropout:0.3,dense:64:relu,"
                + "dropout:0.3,dense:64:relu", view("regularization", "").get("regularized"));
        assertEquals("reg: 'l3' is not one of dropout, bn, ln, l1, l2", view("regularization", "reg=l3").get("error"));
        Map<String, Object> matrix = view("matrix", "net=random&x3=2");
        assertEquals("net=random&x1=1&x2=0.5&x3=2&act=relu&seed=1", matrix.get("query"));
        assertEquals("net: 'big' is not mazur or random", view("matrix", "net=big").get("error"));
        List<?> batchRuns = (List<?>) view("batch", "mid=16").get("runs");
        assertEquals(List.of("batch 1", "batch 16", "full batch"), batchRuns.stream().map(r -> ((Map<?, ?>) r).get("label")).collect(
                java.util.stream.Collectors.toList()));
        assertTrue(((String) ((Map<?, ?>) batchRuns.get(2)).get("query")).endsWith("&batch=400"));
        List<?> deep = (List<?>) view("residual", "blocks=2&act=sigmoid").get("runs");
        assertEquals("v=2&data=circle&layers=dense:16:sigmoid,res(dense:16:sigmoid,dense:16:sigmoid),res(dense:16:sigmoid,dense:16:sigmoid)"
                + "&opt=sgd&lr=0.1&epochs=50", ((Map<?, ?>) deep.get(1)).get("query"));
        assertEquals("act: 'softmax' is not tanh, sigmoid or relu", view("residual", "act=softmax").get("error"));
        assertEquals("n must be between 200 and 20000", view("imbalance", "n=10").get("error"));
        Map<String, Object> leaky = view("activations", "slope=0.3&act=leaky_relu%3A0.3");
        assertTrue(((String) leaky.get("query")).startsWith("slope=0.3&act=leaky_relu:0.3&dr_data=spiral&"), (String) leaky.get("query"));
        List<?> dead = (List<?>) view("activations", "").get("deadRuns");
        assertEquals(DeadUnits.query(DeadUnits.DATA, DeadUnits.LAYERS, DeadUnits.OPTIMIZER, DeadUnits.RATE, DeadUnits.EPOCHS), dead.get(0),
                "the button trains exactly what the claim trained");
        assertEquals(DeadUnits.query(DeadUnits.DATA, DeadUnits.leaky(DeadUnits.LAYERS, DeadUnits.LEAKY_SLOPE), DeadUnits.OPTIMIZER,
                DeadUnits.RATE, DeadUnits.EPOCHS), dead.get(1));
        assertEquals("dr_opt: 'rmsprop' is not sgd or adam", view("activations", "dr_opt=rmsprop").get("error"));
    }
}
