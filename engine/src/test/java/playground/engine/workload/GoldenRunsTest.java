package playground.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import playground.engine.data.Table;

/** Every golden run, replayed from its spec on the JVM, reproduces its recorded numbers bit for bit. */
class GoldenRunsTest {
    @TestFactory
    Stream<DynamicTest> everyGoldenRunReplaysBitForBit() throws Exception {
        List<GoldenRuns.Golden> goldens = GoldenRuns.load();
        Table insurance = GoldenRuns.insurance();
        return goldens.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> {
            if (g.needsInsurance()) {
                assumeTrue(insurance != null, "insurance.csv not available");
            }
            assertEquals(g.record(), GoldenRecord.run(g.query(), g.needsInsurance() ? insurance : null), g.name());
        }));
    }

    @Test
    void everySpecOfTheListHasItsFrozenFile() throws Exception {
        Map<String, String> files = GoldenRuns.load().stream()
                .collect(Collectors.toMap(GoldenRuns.Golden::name, GoldenRuns.Golden::query));
        for (String[] s : GoldenRuns.SPECS) {
            assertEquals(s[1], files.get(s[0]), "golden file " + s[0] + " (written by GoldenRuns.main) keeps its spec");
        }
    }
}
