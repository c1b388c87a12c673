package playground.engine.math;

/**
 * Dense kernels on flat, row-major {@code double[]} matrices. They write into caller-owned buffers and allocate
 * nothing, so a training step's hot loop produces no garbage. The three products compute 4×4 blocks of the result in
 * local accumulators (registers), each element still exactly the ordered sum of {@link ReferenceKernels} — the same
 * terms in the same order from +0.0, a skipped zero's absence unobservable (below) — so every run replays bit for bit
 * on every runtime.
 *
 * <p>The blocks test no zeros: the reference skips a zero input, and where the other factor is finite that skip cannot
 * be seen. The skipped term is then ±0, and an accumulator that starts at +0.0 never holds −0.0 (round-to-nearest
 * gives x + (−x) = +0 and +0 + −0 = +0), so adding ±0 leaves every accumulator's bits as they were, infinities and NaN
 * included. Only 0·∞ and 0·NaN would differ, so a product whose other factor holds an infinity or NaN (a diverged
 * run) is left to the reference loops. Branching on zeros cost more than it saved: dropout and ReLU make half the
 * inputs zero at random, and each unpredictable branch costs more than the four multiply-adds it skips.
 */
public final class Kernels {
    private Kernels() {
    }

    /** Benchmarks only: train with {@link ReferenceKernels} instead, to measure the blocked kernels against them. */
    private static boolean reference;

    public static void useReference(boolean on) {
        reference = on;
    }

    /**
     * C[m×n] = A[m×k] · B[k×n]. Each element is the ordered sum of {@link ReferenceKernels#matmul}: from +0.0, terms in
     * ascending k, a zero of A skipped (so 0·∞ is not NaN, as there); computed for 4×4 blocks of C in registers.
     */
    public static void matmul(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (reference || !allFinite(b, k * n)) {
            ReferenceKernels.matmul(a, b, c, m, k, n);
            return;
        }
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int a0 = i * k;
            int a1 = a0 + k;
            int a2 = a1 + k;
            int a3 = a2 + k;
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0, c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
                for (int p = 0; p < k; p++) {
                    int bp = p * n + j;
                    double b0 = b[bp];
                    double b1 = b[bp + 1];
                    double b2 = b[bp + 2];
                    double b3 = b[bp + 3];
                    double x0 = a[a0 + p];
                    c00 += x0 * b0;
                    c01 += x0 * b1;
                    c02 += x0 * b2;
                    c03 += x0 * b3;
                    double x1 = a[a1 + p];
                    c10 += x1 * b0;
                    c11 += x1 * b1;
                    c12 += x1 * b2;
                    c13 += x1 * b3;
                    double x2 = a[a2 + p];
                    c20 += x2 * b0;
                    c21 += x2 * b1;
                    c22 += x2 * b2;
                    c23 += x2 * b3;
                    double x3 = a[a3 + p];
                    c30 += x3 * b0;
                    c31 += x3 * b1;
                    c32 += x3 * b2;
                    c33 += x3 * b3;
                }
                int o0 = (i + 0) * n + j;
                c[o0] = c00;
                c[o0 + 1] = c01;
                c[o0 + 2] = c02;
                c[o0 + 3] = c03;
                int o1 = (i + 1) * n + j;
                c[o1] = c10;
                c[o1 + 1] = c11;
                c[o1 + 2] = c12;
                c[o1 + 3] = c13;
                int o2 = (i + 2) * n + j;
                c[o2] = c20;
                c[o2 + 1] = c21;
                c[o2 + 2] = c22;
                c[o2 + 3] = c23;
                int o3 = (i + 3) * n + j;
                c[o3] = c30;
                c[o3 + 1] = c31;
                c[o3 + 2] = c32;
                c[o3 + 3] = c33;
            }
            for (; j < n; j++) { // the last columns: 4×1
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int p = 0; p < k; p++) {
                    double bv = b[p * n + j];
                    double x0 = a[a0 + p];
                    s0 += x0 * bv;
                    double x1 = a[a1 + p];
                    s1 += x1 * bv;
                    double x2 = a[a2 + p];
                    s2 += x2 * bv;
                    double x3 = a[a3 + p];
                    s3 += x3 * bv;
                }
                c[i * n + j] = s0;
                c[(i + 1) * n + j] = s1;
                c[(i + 2) * n + j] = s2;
                c[(i + 3) * n + j] = s3;
            }
        }
        for (; i < m; i++) { // the last rows, one at a time
            int ci = i * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] = 0;
            }
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                double aip = a[ai + p];
                if (aip == 0) {
                    continue;
                }
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }

    /**
     * C[k×n] = Aᵀ · B where A is m×k and B is m×n (the weight gradient Xᵀ·δ). Each element is the ordered sum of
     * {@link ReferenceKernels#matmulTransA}: from +0.0, terms in ascending m, a zero of A skipped; 4×4 blocks of C.
     */
    public static void matmulTransA(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (reference || !allFinite(b, m * n)) {
            ReferenceKernels.matmulTransA(a, b, c, m, k, n);
            return;
        }
        int p = 0;
        for (; p + 4 <= k; p += 4) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0, c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
                for (int i = 0; i < m; i++) {
                    int ai = i * k + p;
                    int bi = i * n + j;
                    double b0 = b[bi];
                    double b1 = b[bi + 1];
                    double b2 = b[bi + 2];
                    double b3 = b[bi + 3];
                    double x0 = a[ai + 0];
                    c00 += x0 * b0;
                    c01 += x0 * b1;
                    c02 += x0 * b2;
                    c03 += x0 * b3;
                    double x1 = a[ai + 1];
                    c10 += x1 * b0;
                    c11 += x1 * b1;
                    c12 += x1 * b2;
                    c13 += x1 * b3;
                    double x2 = a[ai + 2];
                    c20 += x2 * b0;
                    c21 += x2 * b1;
                    c22 += x2 * b2;
                    c23 += x2 * b3;
                    double x3 = a[ai + 3];
                    c30 += x3 * b0;
                    c31 += x3 * b1;
                    c32 += x3 * b2;
                    c33 += x3 * b3;
                }
                int o0 = (p + 0) * n + j;
                c[o0] = c00;
                c[o0 + 1] = c01;
                c[o0 + 2] = c02;
                c[o0 + 3] = c03;
                int o1 = (p + 1) * n + j;
                c[o1] = c10;
                c[o1 + 1] = c11;
                c[o1 + 2] = c12;
                c[o1 + 3] = c13;
                int o2 = (p + 2) * n + j;
                c[o2] = c20;
                c[o2 + 1] = c21;
                c[o2 + 2] = c22;
                c[o2 + 3] = c23;
                int o3 = (p + 3) * n + j;
                c[o3] = c30;
                c[o3 + 1] = c31;
                c[o3 + 2] = c32;
                c[o3 + 3] = c33;
            }
            for (; j < n; j++) { // the last columns: 4×1
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int i = 0; i < m; i++) {
                    int ai = i * k + p;
                    double bv = b[i * n + j];
                    double x0 = a[ai + 0];
                    s0 += x0 * bv;
                    double x1 = a[ai + 1];
                    s1 += x1 * bv;
                    double x2 = a[ai + 2];
                    s2 += x2 * bv;
                    double x3 = a[ai + 3];
                    s3 += x3 * bv;
                }
                c[p * n + j] = s0;
                c[(p + 1) * n + j] = s1;
                c[(p + 2) * n + j] = s2;
                c[(p + 3) * n + j] = s3;
            }
        }
        for (; p < k; p++) { // the last rows of C, one at a time
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    double x = a[i * k + p];
                    if (x != 0) {
                        s += x * b[i * n + j];
                    }
                }
                c[p * n + j] = s;
            }
        }
    }

    /**
     * C[m×k] = A[m×n] · Bᵀ where B is k×n (the input gradient δ·Wᵀ). Each element is the ordered sum of
     * {@link ReferenceKernels#matmulTransB}: from +0.0, terms in ascending n, none skipped; 4×4 blocks of C.
     */
    public static void matmulTransB(double[] a, double[] b, double[] c, int m, int n, int k) {
        if (reference) {
            ReferenceKernels.matmulTransB(a, b, c, m, n, k);
            return;
        }
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0, c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
                int r0 = i * n;
                int q0 = p * n;
                for (int j = 0; j < n; j++) {
                    double x0 = a[r0 + j];
                    double x1 = a[r0 + n + j];
                    double x2 = a[r0 + 2 * n + j];
                    double x3 = a[r0 + 3 * n + j];
                    double y0 = b[q0 + j];
                    double y1 = b[q0 + n + j];
                    double y2 = b[q0 + 2 * n + j];
                    double y3 = b[q0 + 3 * n + j];
                    c00 += x0 * y0;
                    c01 += x0 * y1;
                    c02 += x0 * y2;
                    c03 += x0 * y3;
                    c10 += x1 * y0;
                    c11 += x1 * y1;
                    c12 += x1 * y2;
                    c13 += x1 * y3;
                    c20 += x2 * y0;
                    c21 += x2 * y1;
                    c22 += x2 * y2;
                    c23 += x2 * y3;
                    c30 += x3 * y0;
                    c31 += x3 * y1;
                    c32 += x3 * y2;
                    c33 += x3 * y3;
                }
                int o0 = (i + 0) * k + p;
                c[o0] = c00;
                c[o0 + 1] = c01;
                c[o0 + 2] = c02;
                c[o0 + 3] = c03;
                int o1 = (i + 1) * k + p;
                c[o1] = c10;
                c[o1 + 1] = c11;
                c[o1 + 2] = c12;
                c[o1 + 3] = c13;
                int o2 = (i + 2) * k + p;
                c[o2] = c20;
                c[o2 + 1] = c21;
                c[o2 + 2] = c22;
                c[o2 + 3] = c23;
                int o3 = (i + 3) * k + p;
                c[o3] = c30;
                c[o3 + 1] = c31;
                c[o3 + 2] = c32;
                c[o3 + 3] = c33;
            }
            for (; p < k; p++) { // the last columns of C: 4×1
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int r0 = i * n;
                int q = p * n;
                for (int j = 0; j < n; j++) {
                    double y = b[q + j];
                    s0 += a[r0 + j] * y;
                    s1 += a[r0 + n + j] * y;
                    s2 += a[r0 + 2 * n + j] * y;
                    s3 += a[r0 + 3 * n + j] * y;
                }
                c[i * k + p] = s0;
                c[(i + 1) * k + p] = s1;
                c[(i + 2) * k + p] = s2;
                c[(i + 3) * k + p] = s3;
            }
        }
        for (; i < m; i++) { // the last rows, one at a time
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

    /**
     * Whether v[0..len) holds no infinity and no NaN: x − x is 0 for every finite x and NaN otherwise, so the sum is 0
     * exactly when all are finite. No early exit and no branch per element, and four sums, so that the adds do not
     * wait on each other. Over x·W's weights (k×n) it costs 1/m of that product; over xᵀ·δ's δ, 1/k of it.
     */
    public static boolean allFinite(double[] v, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        // written x − x + s, the order TeaVM prints faithfully (see the README); no runtime may fold x − x to 0
        for (; i + 4 <= len; i += 4) {
            s0 = v[i] - v[i] + s0;
            s1 = v[i + 1] - v[i + 1] + s1;
            s2 = v[i + 2] - v[i + 2] + s2;
            s3 = v[i + 3] - v[i + 3] + s3;
        }
        for (; i < len; i++) {
            s0 = v[i] - v[i] + s0;
        }
        return s0 + s1 + s2 + s3 == 0;
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
