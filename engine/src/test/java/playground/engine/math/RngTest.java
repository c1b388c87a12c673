package playground.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RngTest {
    @Test
    void theSameSeedGivesTheSameStream() {
        Rng a = new Rng(42);
        Rng b = new Rng(42);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
    }

    @Test
    void theStreamIsPinnedSoEveryRuntimeCanBeComparedWithIt() {
        // SplitMix64 reference values for seed 0 (Steele, Lea & Flood 2014; the same as java.util.SplittableRandom)
        Rng r = new Rng(0);
        assertEquals(0xe220a8397b1dcdafL, r.nextLong());
        assertEquals(0x6e789e6aa1b965f4L, r.nextLong());
        assertEquals(0x06c45d188009454fL, r.nextLong());
    }

    @Test
    void theStreamIsSplitMix64AsInTheJdk() {
        Rng r = new Rng(-123456789L);
        java.util.SplittableRandom jdk = new java.util.SplittableRandom(-123456789L);
        for (int i = 0; i < 1000; i++) {
            assertEquals(jdk.nextLong(), r.nextLong());
        }
    }

    @Test
    void copyReplaysAndSplitDiverges() {
        Rng a = new Rng(7);
        Rng c = a.copy();
        assertEquals(a.nextLong(), c.nextLong());
        Rng child = a.split();
        assertNotEquals(a.nextLong(), child.nextLong());
    }

    @Test
    void nextIntIsUniformAndInRange() {
        Rng r = new Rng(3);
        int[] counts = new int[7];
        int n = 70_000;
        for (int i = 0; i < n; i++) {
            counts[r.nextInt(7)]++;
        }
        // chi-squared with 6 degrees of freedom: 22.5 is the 0.999 quantile
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - n / 7.0) * (c - n / 7.0) / (n / 7.0);
        }
        assertTrue(chi2 < 22.5, "chi² = " + chi2);
    }

    @Test
    void gaussianHasMeanZeroAndUnitVariance() {
        Rng r = new Rng(4);
        int n = 100_000;
        double s = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            s += g;
            ss += g * g;
        }
        assertEquals(0, s / n, 0.015);
        assertEquals(1, ss / n - (s / n) * (s / n), 0.02);
    }

    @Test
    void shuffleIsAPermutation() {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        new Rng(5).shuffle(a);
        int[] sorted = a.clone();
        java.util.Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted);
    }
}
