package playground.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.text.Numbers;

/** The declared parameters agree with the grammar: every id written with its parameters' fallbacks parses. */
class ParamTest {
    private static void check(Family<?> family) {
        for (Choice c : family.choices()) {
            StringBuilder written = new StringBuilder(c.id);
            for (Param p : c.params) {
                if (p.kind == Param.Kind.FLAG) {
                    written.append(':').append(p.word()); // a flag parses when written, too
                    continue;
                }
                double v = Numbers.parse(p.fallback);
                assertTrue(v >= p.min && v <= p.max, c.id + " " + p.name + " " + p.fallback + " within its range");
                written.append(':').append(p.fallback);
            }
            if (!c.id.equals("rmsprop")) { // its legacy eps_outside has no centered: refused together, tested apart
                family.parse(written.toString());
            }
            StringBuilder minimal = new StringBuilder(c.id); // what the page writes: required parameters only
            for (Param p : c.params) {
                if (p.required) {
                    minimal.append(':').append(p.fallback);
                }
            }
            family.parse(minimal.toString());
            List<String> parts = new ArrayList<>(List.of(c.id));
            for (Param p : c.params) {
                parts.add(p.fallback); // a flag's fallback is "": absent
            }
            assertEquals(parts, family.parts(c.id), "a bare id's parts are its fallbacks");
        }
    }

    @Test
    void everyFamilysParametersWithTheirFallbacksParse() {
        check(Ids.ACTIVATIONS);
        check(Ids.INITIALIZERS);
        check(Ids.LOSSES);
        check(Ids.OPTIMIZERS);
        check(Ids.SCHEDULES);
        assertEquals(List.of("adam", "0.5", "0.999", ""), Ids.OPTIMIZERS.parts("adam:0.5"));
        assertEquals(List.of("rmsprop", "0.8", "0", "centered", "eps_outside"), Ids.OPTIMIZERS.parts("rmsprop:eps_outside:0.8:centered"),
                "flags by their word, wherever they stand after the numbers' places");
        assertEquals(List.of("glorot_uniform"), Ids.INITIALIZERS.parts("xavier_uniform"), "an alias as its id");
    }

    @Test
    void everyCallbacksPartsWrittenOutParse() {
        for (Map.Entry<String, List<Param>> e : Callbacks.PARTS.entrySet()) {
            List<String> on = Callbacks.parts(e.getKey(), "on");
            assertEquals(e.getValue().size(), on.size());
            Callbacks.parse(e.getKey(), String.join(":", on).replaceAll(":+$", ""));
            assertEquals(List.of(), Callbacks.parts(e.getKey(), "off"));
        }
        assertEquals(List.of("val_loss", "10", "0.001", "", ""), Callbacks.parts("es", "on"));
        assertEquals(List.of("loss", "3", "0", "restore", ""), Callbacks.parts("es", "loss:3:0:restore"));
        assertEquals(List.of("loss", "3", "0", "restore", "on_stop"), Callbacks.parts("es", "loss:3:0:restore:on_stop"));
    }
}
