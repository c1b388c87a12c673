package playground.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ExperimentResult;
import playground.engine.spec.ExperimentSpec;

/** Every vendored classic loads as its catalog says and trains to a sensible score with the default pipeline. */
class VendoredDatasetsTest {
    private static final DatasetCatalog CATALOG = new DatasetCatalog(null, Path.of("target", "no-cache"), "http://127.0.0.1:9/x");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // id, metric, bound (accuracy: at least; r2: at least)
        "iris, accuracy, 0.9",
        "wine, accuracy, 0.9",
        "breast-cancer, accuracy, 0.9",
        "penguins, accuracy, 0.9",
        "seattle-weather, accuracy, 0.6",
        "diabetes, r2, 0.3",
        "cars, r2, 0.75",
    })
    void loadsAsDescribedAndTrains(String id, String metric, double bound) {
        Map<String, Object> entry = CATALOG.list().stream().filter(m -> m.get("id").equals(id)).findFirst().orElseThrow();
        Table t = CATALOG.load(id);
        assertEquals(((Double) entry.get("rows")).intValue(), t.rows());
        assertEquals(((Double) entry.get("columns")).intValue(), t.columns().size());
        assertTrue(t.has((String) entry.get("target")));
        ExperimentSpec spec = ExperimentSpec.defaults().withAll(List.of("data=" + id, "target=" + entry.get("target"),
                "layers=dense:32:relu,dense:32:relu", "epochs=100", "yscale=standardize", "lr=0.003"));
        ExperimentResult r = Experiment.runToEnd(spec, t, null, List.of());
        assertTrue(r.test.get(metric) >= bound, id + " test " + metric + " " + r.test.get(metric));
    }
}
