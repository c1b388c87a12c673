package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import playground.engine.math.Rng;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Numbers;

/** The search space's grammar: lists, ranges, template variables, and how a grid and a random draw read them. */
class SearchSpaceTest {
    private static final ExperimentSpec BASE = ExperimentSpec.defaults();

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void aLogRangeDrawsEvenlyPerDecadeWithinItsEnds() {
        Grid g = Grid.parse("lr=1e-4..1e-1:log");
        assertFalse(g.isGrid());
        Rng rng = new Rng(7);
        int[] perDecade = new int[3];
        for (int i = 0; i < 3000; i++) {
            double lr = Numbers.parse(g.draw(BASE, rng).get("lr"));
            assertTrue(lr >= 1e-4 && lr <= 1e-1, "in range: " + lr);
            perDecade[(int) Math.floor(Math.log10(lr) + 4)] += lr == 1e-1 ? 0 : 1;
        }
        for (int n : perDecade) {
            assertTrue(n > 900 && n < 1100, java.util.Arrays.toString(perDecade)); // 1000 each ± 3σ
        }
    }

    @Test
    void anIntRangeDrawsEveryWholeNumberIncludingBothEnds() {
        Grid g = Grid.parse("batch=8..11:int");
        Set<String> seen = new HashSet<>();
        Rng rng = new Rng(1);
        for (int i = 0; i < 200; i++) {
            seen.add(g.draw(BASE, rng).get("batch"));
        }
        assertEquals(Set.of("8", "9", "10", "11"), seen);
        Set<String> logSeen = new HashSet<>();
        Grid log = Grid.parse("batch=8..256:int:log");
        for (int i = 0; i < 2000; i++) {
            int b = Integer.parseInt(log.draw(BASE, rng).get("batch"));
            assertTrue(b >= 8 && b <= 256);
            logSeen.add(b < 16 ? "8-15" : b >= 128 ? "128-256" : "mid");
        }
        assertEquals(Set.of("8-15", "mid", "128-256"), logSeen);
    }

    @Test
    void aTemplateVariableFillsWidthsInsideTheLayerList() {
        Grid grid = Grid.parse("layers=dense:{u}:relu,bn,dense:{u}:relu;u=16,32");
        List<ExperimentSpec> points = grid.expand(BASE);
        assertEquals(List.of("dense:16:relu,bn,dense:16:relu", "dense:32:relu,bn,dense:32:relu"),
                List.of(points.get(0).get("layers"), points.get(1).get("layers")));
        assertEquals(List.of("layers"), grid.settingKeys());
        Grid ranged = Grid.parse("layers=dense:{u}:relu,dense:{w}:tanh;u=16..256:int:log;w=4,8");
        ExperimentSpec drawn = ranged.draw(BASE, new Rng(3));
        assertTrue(drawn.get("layers").matches("dense:\\d+:relu,dense:(4|8):tanh"), drawn.get("layers"));
    }

    @Test
    void aGridRefusesARangeAndNamesTheWayToSearchIt() {
        assertTrue(message(() -> Grid.parse("lr=1e-4..1e-1:log;epochs=3,4").expand(BASE)).contains("--search random|hyperband"));
    }

    @Test
    void badSpacesAreExplained() {
        assertTrue(message(() -> Grid.parse("lr=0.1..x")).contains("not a range"));
        assertTrue(message(() -> Grid.parse("layers=dense:16..64:relu")).contains("not a range"));
        assertTrue(message(() -> Grid.parse("lr=0..1:log")).contains("above 0"));
        assertTrue(message(() -> Grid.parse("lr=1..0.1")).contains("the lower first"));
        assertTrue(message(() -> Grid.parse("batch=8.5..16:int")).contains("whole ends"));
        assertTrue(message(() -> Grid.parse("lr=1..2:sqrt")).contains(":int and :log"));
        assertTrue(message(() -> Grid.parse("layers=dense:{u}:relu")).contains("'{u}' in layers has no values"));
        assertTrue(message(() -> Grid.parse("u=1,2")).contains("unknown setting 'u'"));
        assertTrue(message(() -> Grid.parse("layers=dense:{u:relu;u=1")).contains("without closing"));
        // a drawn value is checked as any value is: a width of 0 units is refused by the layer grammar
        assertTrue(message(() -> Grid.parse("layers=dense:{u}:relu;u=0,1").expand(BASE)).contains("layers"));
    }

    @Test
    void theSameSeedDrawsTheSamePoints() {
        Grid g = Grid.parse("lr=1e-4..1e-1:log;batch=8..256:int:log;opt=sgd,adam");
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        Rng r1 = new Rng(42);
        Rng r2 = new Rng(42);
        for (int i = 0; i < 20; i++) {
            a.add(g.draw(BASE, r1).toQuery());
            b.add(g.draw(BASE, r2).toQuery());
        }
        assertEquals(a, b);
        assertTrue(new HashSet<>(a).size() > 15, "different points: " + a);
    }
}
