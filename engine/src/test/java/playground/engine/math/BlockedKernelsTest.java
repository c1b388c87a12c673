package playground.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The register-blocked kernels give every output element the same bits as the reference triple loops: every shape
 * remainder of the 4×4 blocks, exact zeros (skipped), −0.0, infinities and NaN included.
 */
class BlockedKernelsTest {
    private static double[] matrix(Random r, int size) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            double u = r.nextDouble();
            v[i] = u < 0.25 ? 0 : u < 0.28 ? -0.0 : u < 0.29 ? Double.POSITIVE_INFINITY : u < 0.295 ? Double.NaN
                    : r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4);
        }
        return v;
    }

    /**
     * Half zeros (a quarter of them −0.0), as dropout and ReLU leave them, and no infinity or NaN — the matrices the
     * blocks run on without testing zeros — with magnitudes up to 1e200, so that products overflow to ±∞ and sums
     * to NaN inside the accumulators.
     */
    private static double[] finiteMatrix(Random r, int size) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            double u = r.nextDouble();
            v[i] = u < 0.4 ? 0 : u < 0.5 ? -0.0 : u < 0.53 ? (r.nextBoolean() ? 1e200 : -1e200)
                    : r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4);
        }
        return v;
    }

    /** The same bits, −0.0 apart from +0.0; any NaN equals any NaN (Java leaves a NaN's payload to the hardware). */
    private static void sameBits(double[] want, double[] got, String what) {
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got[i]), what + " element " + i
                    + ": " + want[i] + " vs " + got[i]);
        }
    }

    @Test
    void skippingZerosIsUnobservableWhenTheOtherFactorIsFinite() {
        Random r = new Random(7);
        int[][] shapes = {{4, 4, 4}, {8, 12, 16}, {9, 7, 13}, {32, 100, 100}, {36, 11, 101}};
        for (int[] shape : shapes) {
            int m = shape[0];
            int k = shape[1];
            int n = shape[2];
            for (int round = 0; round < 20; round++) {
                double[] a = round % 2 == 0 ? matrix(r, m * k) : finiteMatrix(r, m * k);
                double[] want = new double[m * n];
                double[] got = new double[m * n];
                double[] w = finiteMatrix(r, k * n);
                ReferenceKernels.matmul(a, w, want, m, k, n);
                Kernels.matmul(a, w, got, m, k, n);
                sameBits(want, got, "matmul, finite weights, " + m + "×" + k + "·" + k + "×" + n);

                double[] delta = finiteMatrix(r, m * n);
                want = new double[k * n];
                got = new double[k * n];
                ReferenceKernels.matmulTransA(a, delta, want, m, k, n);
                Kernels.matmulTransA(a, delta, got, m, k, n);
                sameBits(want, got, "matmulTransA, finite δ, " + m + "×" + k + ", " + m + "×" + n);
            }
        }
    }

    @Test
    void allFiniteFindsASingleInfinityOrNaN() {
        double[] v = new double[37];
        assertEquals(true, Kernels.allFinite(v, v.length));
        for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            for (int at : new int[] {0, 17, 36}) {
                double[] u = v.clone();
                u[at] = bad;
                assertEquals(false, Kernels.allFinite(u, u.length), bad + " at " + at);
                assertEquals(at == 36, Kernels.allFinite(u, 36), "only the first 36 are read");
            }
        }
        v[3] = Double.MAX_VALUE;
        v[4] = -Double.MIN_VALUE;
        assertEquals(true, Kernels.allFinite(v, v.length));
    }

    @Test
    void everyProductIsTheReferenceBitForBit() {
        Random r = new Random(42);
        for (int m = 1; m <= 11; m++) {
            for (int k = 1; k <= 11; k++) {
                for (int n : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 13}) {
                    double[] a = matrix(r, m * k);
                    double[] b = matrix(r, k * n);
                    double[] want = new double[m * n];
                    double[] got = new double[m * n];
                    java.util.Arrays.fill(got, 7); // every element is written
                    ReferenceKernels.matmul(a, b, want, m, k, n);
                    Kernels.matmul(a, b, got, m, k, n);
                    sameBits(want, got, "matmul " + m + "×" + k + "·" + k + "×" + n);

                    double[] bt = matrix(r, m * n);
                    want = new double[k * n];
                    got = new double[k * n];
                    java.util.Arrays.fill(got, 7);
                    ReferenceKernels.matmulTransA(a, bt, want, m, k, n);
                    Kernels.matmulTransA(a, bt, got, m, k, n);
                    sameBits(want, got, "matmulTransA " + m + "×" + k + ", " + m + "×" + n);

                    double[] bb = matrix(r, n * k);
                    double[] an = matrix(r, m * n);
                    want = new double[m * k];
                    got = new double[m * k];
                    java.util.Arrays.fill(got, 7);
                    ReferenceKernels.matmulTransB(an, bb, want, m, n, k);
                    Kernels.matmulTransB(an, bb, got, m, n, k);
                    sameBits(want, got, "matmulTransB " + m + "×" + n + ", " + k + "×" + n);
                }
            }
        }
    }
}
