package playground.engine.spec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import playground.engine.text.Json;
import playground.engine.text.Numbers;

/** The key table and the grammar's families are the one declaration that everything else reads. */
class SettingsTest {
    @Test
    void everyKeyIsDeclaredOnceAndTheSpecHasExactlyThoseKeys() {
        Set<String> seen = new HashSet<>();
        for (Setting s : Settings.ALL) {
            assertTrue(seen.add(s.key), "declared twice: " + s.key);
            assertTrue(!s.help.isEmpty() && !s.form.isEmpty(), s.key + " has help and a form");
            assertEquals(1, s.since, s.key + " came with version 1");
        }
        assertEquals(Settings.keys(), new ArrayList<>(ExperimentSpec.defaults().values().keySet()));
    }

    @Test
    void everyDefaultPassesItsOwnCheck() {
        for (Setting s : Settings.ALL) {
            assertDoesNotThrow(() -> ExperimentSpec.defaults().with(s.key, s.defaultValue), s.key);
        }
    }

    @Test
    void everyExampleIsAValidValue() {
        for (Setting s : Settings.ALL) {
            for (String example : s.examples) {
                assertEquals(example, ExperimentSpec.defaults().with(s.key, example).get(s.key), s.key);
            }
        }
        assertTrue(Settings.find("opt").examples.contains("adam:0.9:0.999"));
    }

    @Test
    void rangesAndChoicesAreWhatTheTableSays() {
        for (Setting s : Settings.ALL) {
            switch (s.type) {
                case NUMBER:
                case INTEGER:
                    ExperimentSpec.defaults().with(s.key, Numbers.format(s.min)).with(s.key, Numbers.format(s.max));
                    String above = s.type == Setting.Type.INTEGER ? Numbers.format(s.max + 1) : Numbers.format(s.max * 1.01 + 1e-9);
                    assertEquals("setting '" + s.key + "': " + above + " is outside " + s.form,
                            assertThrows(IllegalArgumentException.class, () -> ExperimentSpec.defaults().with(s.key, above))
                                    .getMessage());
                    break;
                case CHOICE:
                    for (Choice c : s.choices) {
                        assertEquals(c.id, ExperimentSpec.defaults().with(s.key, c.id).get(s.key));
                    }
                    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExperimentSpec.defaults().with(s.key, "nope"))
                            .getMessage().startsWith("setting '" + s.key + "': 'nope' is not one of " + s.choices.get(0).id));
                    break;
                default:
                    break;
            }
        }
    }

    @Test
    void everyIdOfEveryFamilyParsesAndWritesItselfBack() {
        for (Choice c : Ids.ACTIVATIONS.choices()) {
            assertTrue(Ids.activation(example(c)).id().startsWith(c.id), c.id);
        }
        for (Choice c : Ids.INITIALIZERS.choices()) {
            String id = Ids.init(example(c)).id();
            assertTrue(id.startsWith(c.id) || (c.id.equals("ones") && id.equals("constant:1")), c.id + " → " + id);
        }
        for (Choice c : Ids.LOSSES.choices()) {
            assertTrue(Ids.loss(example(c)).id().startsWith(c.id), c.id);
        }
        for (Choice c : Ids.OPTIMIZERS.choices()) {
            assertTrue(Ids.optimizer(example(c), 0.01).id().startsWith(c.id), c.id);
        }
        for (Choice c : Ids.SCHEDULES.choices()) {
            assertTrue(Ids.schedule(example(c)).id().startsWith(c.id), c.id);
        }
        assertEquals("glorot_uniform", Ids.init("xavier_uniform").id(), "aliases read as their id");
        assertEquals("unknown loss 'hinge' (expected mse, rmse, mae, huber[:delta], bce, cce or half_se)",
                assertThrows(IllegalArgumentException.class, () -> Ids.loss("hinge")).getMessage());
    }

    @Test
    void everyLayerKindParses() {
        for (Choice c : LayerSpec.KINDS) {
            String text = c.id.equals("res") ? "res(dense:4)" : example(c).replace("UNITS", "4").replace("RATE", "0.5");
            assertEquals(c.id, LayerSpec.parse(text).kindId(), text);
            assertTrue(LayerSpec.parse(text).toText().startsWith(c.id), text);
        }
    }

    @Test
    void thePageGetsEveryKeyAndFamilyAsJson() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(Settings.json());
        List<?> settings = (List<?>) m.get("settings");
        assertEquals(Settings.ALL.size(), settings.size());
        assertEquals("lr", ((Map<?, ?>) settings.get(Settings.keys().indexOf("lr"))).get("key"));
        assertEquals(1e-12, ((Map<?, ?>) settings.get(Settings.keys().indexOf("lr"))).get("min"));
        Map<?, ?> families = (Map<?, ?>) m.get("families");
        assertEquals(Ids.INITIALIZERS.choices().size(), ((List<?>) families.get("initializers")).size());
        assertEquals("leaky ReLU", ((Map<?, ?>) ((List<?>) families.get("activations")).get(4)).get("label"));
    }

    @Test
    void theReadmeSettingsTableIsTheKeyTable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String marker = "<!-- settings table: Settings.markdown(), checked by SettingsTest -->\n";
        int at = readme.indexOf(marker);
        assertTrue(at >= 0, "the README marks its settings table");
        String table = Settings.markdown();
        assertEquals(table, readme.substring(at + marker.length(), Math.min(readme.length(), at + marker.length() + table.length())),
                "README.md's settings table differs from Settings.markdown(): paste `java -jar server/target/"
                        + "backprop-playground.jar settings --markdown` into it");
    }

    /** A written example of a choice: optional parts left out, required parameters given (a factor 0.5, others 2). */
    private static String example(Choice c) {
        String form = c.form;
        while (form.contains("[")) {
            form = form.replaceAll("\\[[^\\[\\]]*\\]", ""); // innermost optional parts first
        }
        return form.replaceAll(":factor", ":0.5").replaceAll(":[a-zσβ_][a-zσβ0-9_]*", ":2");
    }
}
