package playground.engine.math;

/**
 * Dense kernels on flat, row-major {@code double[]} matrices. They write into caller-owned buffers and allocate
 * nothing, so a training step's hot loop produces no garbage. Loop orders keep the innermost loop on contiguous
 * memory.
 */
public final class Kernels {
    private Kernels() {
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

    /** y[0..n) += alpha · x[0..n). */
    public static void axpy(double alpha, double[] x, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += alpha * x[i];
        }
    }

    /** Adds the row vector {@code bias[cols]} to every row of {@code m[rows×cols]}. */
    public static void addRowVector(double[] m, double[] bias, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                m[o + j] += bias[j];
            }
        }
    }

    /** out[cols] = column sums of m[rows×cols]. */
    public static void columnSums(double[] m, double[] out, int rows, int cols) {
        java.util.Arrays.fill(out, 0, cols, 0.0);
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += m[o + j];
            }
        }
    }
}
