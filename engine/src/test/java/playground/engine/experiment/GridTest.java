package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Presets;

class GridTest {
    @Test
    void theWalkthroughsGridHas192CompleteSpecs() {
        Grid g = Grid.parse(Presets.INSURANCE_BLOG_GRID_TEXT);
        assertEquals(192, g.size());
        List<ExperimentSpec> specs = g.expand(Presets.insuranceBlog());
        assertEquals(192, specs.size());
        assertEquals("64", specs.get(0).get("epochs"));
        assertEquals("sgd", specs.get(0).get("opt"));
        assertEquals("adam", specs.get(1).get("opt")); // the last key varies fastest
        assertEquals("512", specs.get(191).get("epochs"));
        assertEquals("val_loss:10:0.001", specs.get(100).get("es")); // every point keeps the base's settings
        assertEquals(192, specs.stream().distinct().count());
    }

    @Test
    void valuesWithCommasAreSeparatedByBars() {
        Grid g = Grid.parse("layers=dense:64:relu,dense:64:relu|bn,dense:32:relu;lr=0.1,0.01");
        assertEquals(List.of("dense:64:relu,dense:64:relu", "bn,dense:32:relu"), g.values.get(0));
        assertEquals(4, g.expand(ExperimentSpec.defaults()).size());
    }

    @Test
    void badGridsAreExplained() {
        assertEquals("grid: 'epochs' appears twice",
                assertThrows(IllegalArgumentException.class, () -> Grid.parse("epochs=1;epochs=2")).getMessage());
        assertEquals("setting 'lr': 'fast' is not a number", assertThrows(IllegalArgumentException.class,
                () -> Grid.parse("lr=0.1,fast").expand(ExperimentSpec.defaults())).getMessage());
    }

    @Test
    void rowsSortBestFirstAndFailuresLast() {
        List<Map<String, Double>> rows = new ArrayList<>(List.of(Map.of("rmse", 5.0, "r2", 0.5),
                Map.of("rmse", Double.NaN, "r2", Double.NaN), Map.of("rmse", 3.0, "r2", 0.9)));
        Grid.sort(rows, r -> r, "rmse");
        assertEquals(3.0, rows.get(0).get("rmse"));
        assertEquals(true, rows.get(2).get("rmse").isNaN());
        Grid.sort(rows, r -> r, "r2");
        assertEquals(0.9, rows.get(0).get("r2"));
    }
}
