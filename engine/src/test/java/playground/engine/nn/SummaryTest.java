package playground.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.spec.Presets;

class SummaryTest {
    @Test
    void theInsuranceBlogModelHasKerasCounts() {
        Summary s = Summary.of(Presets.insuranceBlogModel().build(1));
        assertEquals(22_745, s.total);
        assertEquals(22_123, s.trainable);
        assertEquals(622, s.nonTrainable());
        assertEquals(10, s.rows.size());
        assertEquals("batch_normalization", s.rows.get(0).name);
        assertEquals(44, s.rows.get(0).params);         // 4 × 11: γ, β, moving mean, moving variance
        assertEquals("dense", s.rows.get(1).name);
        assertEquals(1_200, s.rows.get(1).params);      // 11·100 + 100
        assertEquals("dropout_1", s.rows.get(6).name);
        assertEquals("dense_3", s.rows.get(9).name);
        assertEquals(101, s.rows.get(9).params);
        assertEquals("(None, 1)", s.rows.get(9).outputShape());
    }

    @Test
    void theTextTableHasKerasLayout() {
        String text = Summary.of(Presets.insuranceBlogModel().build(1)).toText();
        assertTrue(text.startsWith("Model: \"sequential\"\n"), text);
        assertTrue(text.contains(" dense_1 (Dense)"), text);
        assertTrue(text.contains("(None, 100)"), text);
        assertTrue(text.contains("Total params: 22,745\n"), text);
        assertTrue(text.contains("Trainable params: 22,123\n"), text);
        assertTrue(text.contains("Non-trainable params: 622\n"), text);
    }

    @Test
    void layerNormAndResidualBlocksCountTheirParameters() {
        // ln(8): 16; res(dense 8→16: 144, dense 16→16: 272) + projection 8→16: 144 = 560
        Summary s = Summary.of(new ModelSpec(8, LayerSpec.parseList("ln,res(dense:16:relu,dense:16)")).build(1));
        assertEquals(16, s.rows.get(0).params);
        assertEquals(560, s.rows.get(1).params);
        assertEquals(576, s.total);
        assertEquals(576, s.trainable);
    }

    @Test
    void theJsonFormHasEveryRowAndTheTotals() {
        String json = Summary.of(Presets.insuranceBlogModel().build(1)).toJson();
        assertTrue(json.startsWith("{\"layers\":[{\"name\":\"batch_normalization\",\"type\":\"BatchNormalization\","
                + "\"output_shape\":[null,11],\"params\":44,\"trainable\":22}"), json);
        assertTrue(json.endsWith("],\"total\":22745,\"trainable\":22123,\"non_trainable\":622}"), json);
        assertEquals(10, ((java.util.Map<?, ?>) playground.engine.text.Json.parse(json)).get("layers") instanceof java.util.List
                ? ((java.util.List<?>) ((java.util.Map<?, ?>) playground.engine.text.Json.parse(json)).get("layers")).size() : -1);
    }

    @Test
    void thousandsAreGrouped() {
        assertEquals("1,234,567", playground.engine.text.Numbers.grouped(1_234_567));
        assertEquals("622", playground.engine.text.Numbers.grouped(622));
    }
}
