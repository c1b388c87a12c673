package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.engine.data.Csv;
import playground.engine.data.Split;
import playground.engine.data.Table;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Presets;

/**
 * The flagship end to end: the walkthrough's experiment and the tuned one on the real insurance data and the
 * reference split, mean test RMSE over seeds 1, 2, 3 against the targets. The data is not redistributed; this test
 * reads it from $PLAYGROUND_DATA_DIR or ../shared/datasets (CI sets the former) and is skipped without it.
 */
class InsuranceTest {
    private static Table table;
    private static Split split;

    @BeforeAll
    static void load() throws Exception {
        String env = System.getenv("PLAYGROUND_DATA_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "..", "shared", "datasets");
        assumeTrue(Files.exists(dir.resolve("insurance.csv")), "insurance.csv not found in " + dir.toAbsolutePath());
        table = Csv.parse(Files.readString(dir.resolve("insurance.csv")));
        split = Split.fromJson(Files.readString(dir.resolve("insurance_split_seed42.json")), table.rows());
    }

    private static double meanTestRmse(ExperimentSpec spec) {
        double sum = 0;
        for (int seed = 1; seed <= 3; seed++) {
            ExperimentResult r = Experiment.runToEnd(spec.with("seed", Integer.toString(seed)), table, split, List.of());
            assertTrue(!r.history().diverged());
            sum += r.test.get("rmse");
        }
        return sum / 3;
    }

    @Test
    void theDataAndSplitAreTheReferenceOnes() {
        assertEquals(1338, table.rows());
        assertEquals(List.of("age", "sex", "bmi", "children", "smoker", "region", "charges"), table.names());
        assertEquals(964, split.train.length);
        assertEquals(241, split.test.length);
        assertEquals(133, split.val.length);
        Experiment e = Experiment.prepare(Presets.insuranceBlog(), table, split, List.of());
        assertEquals(List.of("age", "bmi", "children", "sex_female", "sex_male", "smoker_no", "smoker_yes",
                "region_northeast", "region_northwest", "region_southeast", "region_southwest"), e.preprocessor.outputNames());
        assertEquals(18, e.preprocessor.steps().get(0).a, 0);      // train min age, as in the split file
        assertEquals(64 - 18, e.preprocessor.steps().get(0).b, 0); // train max − min
        assertEquals(52.58 - 15.96, e.preprocessor.steps().get(1).b, 1e-12);
    }

    @Test
    void theWalkthroughsExperimentBeatsItsPublishedRmse() {
        double rmse = meanTestRmse(Presets.insuranceBlog());
        assertTrue(rmse <= 5204, "insurance-blog mean test RMSE " + rmse);
    }

    @Test
    void theTunedExperimentReachesTheScikitLearnMlpBand() {
        double rmse = meanTestRmse(Presets.insuranceBest());
        assertTrue(rmse <= 4700, "insurance-best mean test RMSE " + rmse);
    }
}
