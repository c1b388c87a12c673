package playground.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import playground.engine.nn.Network;
import playground.engine.spec.Presets;

class DeterminismTest {
    @Test
    void theSameSpecAndSeedGiveBitIdenticalTrainingRuns() {
        assertEquals(DeterminismProbe.fingerprint(5), DeterminismProbe.fingerprint(5));
    }

    @Test
    void theFiniteCheckThatLetsTheKernelsSkipNoZerosSaysFiniteThenNot() {
        assertEquals("true false true", DeterminismProbe.finiteCheck(), "the parity test requires the same of JS and Wasm");
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Network a = Presets.insuranceBlogModel().build(1);
        Network b = Presets.insuranceBlogModel().build(1);
        Network c = Presets.insuranceBlogModel().build(2);
        assertEquals(java.util.Arrays.deepToString(a.snapshot()), java.util.Arrays.deepToString(b.snapshot()));
        assertNotEquals(java.util.Arrays.deepToString(a.snapshot()), java.util.Arrays.deepToString(c.snapshot()));
    }
}
