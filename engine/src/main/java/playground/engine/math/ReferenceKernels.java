package playground.engine.math;

/**
 * The textbook triple loops the engine trained with before its register-blocked kernels: the benchmarks' reference
 * (every speed figure is a ratio to these, measured in the same process) and the tests' oracle ({@link Kernels}
 * computes every output element as exactly the same ordered sum, bit for bit).
 */
public final class ReferenceKernels {
    private ReferenceKernels() {
    }

    /** C[m×n] = A[m×k] · B[k×n]. */
    public static void matmul(double[] a, double[] b, double[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] = 0;
            }
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                double aip = a[ai + p];
                if (aip == 0) {
                    continue; // ReLU outputs and one-hot inputs are often exactly zero
                }
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }

    /** C[k×n] = Aᵀ · B where A is m×k and B is m×n (the weight gradient Xᵀ·δ). */
    public static void matmulTransA(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, k * n, 0.0);
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int bi = i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[ai + p];
                if (aip == 0) {
                    continue;
                }
                int cp = p * n;
                for (int j = 0; j < n; j++) {
                    c[cp + j] += aip * b[bi + j];
                }
            }
        }
    }

    /** C[m×k] = A[m×n] · Bᵀ where B is k×n (the input gradient δ·Wᵀ). */
    public static void matmulTransB(double[] a, double[] b, double[] c, int m, int n, int k) {
        for (int i = 0; i < m; i++) {
            int ai = i * n;
            int ci = i * k;
            for (int p = 0; p < k; p++) {
                int bp = p * n;
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[ai + j] * b[bp + j];
                }
                c[ci + p] = s;
            }
        }
    }
}
