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

    /** The same bits, −0.0 apart from +0.0; any NaN equals any NaN (Java leaves a NaN's payload to the hardware). */
    private static void sameBits(double[] want, double[] got, String what) {
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got[i]), what + " element " + i
                    + ": " + want[i] + " vs " + got[i]);
        }
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
