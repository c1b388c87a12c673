package playground.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
    @Test
    void tailSplitHasTheWalkthroughsSizesAndHoldsOutTheLastRows() {
        Split s = Split.tail(1338, 0.1, 0.2, 42);
        assertEquals(964, s.train.length);
        assertEquals(241, s.test.length);
        assertEquals(133, s.val.length);
        assertArrayEquals(IntStream.range(1205, 1338).toArray(), s.val);
        assertPartition(s, 1338);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertArrayEquals(Split.tail(100, 0.1, 0.2, 7).train, Split.tail(100, 0.1, 0.2, 7).train);
        assertEquals(false, Arrays.equals(Split.tail(100, 0.1, 0.2, 7).train, Split.tail(100, 0.1, 0.2, 8).train));
    }

    @Test
    void shuffledSplitDrawsValidationFromAllRows() {
        Split s = Split.shuffled(1000, 0.1, 0.2, 1);
        assertEquals(100, s.val.length);
        assertEquals(180, s.test.length);
        assertEquals(720, s.train.length);
        assertPartition(s, 1000);
        assertEquals(true, Arrays.stream(s.val).anyMatch(r -> r < 900));
    }

    @Test
    void explicitIndicesAreReadAndChecked() {
        Split s = Split.fromJson("{\"train\":[0,2],\"test\":[1],\"val\":[3]}", 4);
        assertArrayEquals(new int[] {0, 2}, s.train);
        assertEquals("{\"train\":[0,2],\"test\":[1],\"val\":[3]}", s.toJson());
        assertEquals("split file: row 1 appears twice", assertThrows(IllegalArgumentException.class,
                () -> Split.fromJson("{\"train\":[0,1],\"test\":[1]}", 4)).getMessage());
        assertEquals("split file: test[0] = 9 is outside the 4 data rows", assertThrows(IllegalArgumentException.class,
                () -> Split.fromJson("{\"train\":[0],\"test\":[9]}", 4)).getMessage());
        assertEquals("split file: 'train' must be a list of row indices", assertThrows(IllegalArgumentException.class,
                () -> Split.fromJson("{\"test\":[1]}", 4)).getMessage());
    }

    @Test
    void fractionsThatLeaveNothingToTrainOnAreRejected() {
        assertEquals("validation and test fractions must be >= 0 and leave rows to train on (were 0.5 and 0.5)",
                assertThrows(IllegalArgumentException.class, () -> Split.tail(10, 0.5, 0.5, 1)).getMessage());
    }

    private static void assertPartition(Split s, int n) {
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(s.train), Arrays.stream(s.test)), Arrays.stream(s.val))
                .sorted().toArray();
        assertArrayEquals(IntStream.range(0, n).toArray(), all);
    }
}
