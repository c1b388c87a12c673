package playground.engine.learn;

/**
 * Mazur's worked example as his post's own figures were computed, to show where two of them come from: his text says
 * to back-propagate through the output weights before they change, but his "total error is now down to 0.291027924"
 * and his final outputs 0.015912196 and 0.984065734 come out only when the hidden δ read w₅ … w₈ already updated.
 * {@link SmallNetwork} follows his text (and the engine); this replays the slip, in plain arithmetic on his numbering.
 */
final class MazurPost {
    /** E_total and the two outputs of the forward pass after {@code updates} updates. */
    final double error;
    final double[] output;

    private MazurPost(double error, double[] output) {
        this.error = error;
        this.output = output;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The forward pass at weights w₁ … w₈: {h₁, h₂, o₁, o₂}. */
    private static double[] forward(double[] w) {
        double[] x = SmallNetwork.INPUTS;
        double h1 = sigmoid(w[0] * x[0] + w[1] * x[1] + SmallNetwork.B1);
        double h2 = sigmoid(w[2] * x[0] + w[3] * x[1] + SmallNetwork.B1);
        return new double[] {h1, h2, sigmoid(w[4] * h1 + w[5] * h2 + SmallNetwork.B2), sigmoid(w[6] * h1 + w[7] * h2 + SmallNetwork.B2)};
    }

    /** The post's example after {@code updates} rounds whose hidden δ use the updated output weights. */
    static MazurPost after(int updates) {
        double[] w = SmallNetwork.WEIGHTS.clone();
        double[] t = SmallNetwork.TARGETS;
        double[] x = SmallNetwork.INPUTS;
        double eta = SmallNetwork.RATE;
        for (int k = 0; k < updates; k++) {
            double[] a = forward(w);
            double d1 = (a[2] - t[0]) * a[2] * (1 - a[2]);
            double d2 = (a[3] - t[1]) * a[3] * (1 - a[3]);
            w[4] -= eta * d1 * a[0];
            w[5] -= eta * d1 * a[1];
            w[6] -= eta * d2 * a[0];
            w[7] -= eta * d2 * a[1];
            // the slip: w₅ … w₈ are already the new ones here
            double dh1 = (d1 * w[4] + d2 * w[6]) * a[0] * (1 - a[0]);
            double dh2 = (d1 * w[5] + d2 * w[7]) * a[1] * (1 - a[1]);
            w[0] -= eta * dh1 * x[0];
            w[1] -= eta * dh1 * x[1];
            w[2] -= eta * dh2 * x[0];
            w[3] -= eta * dh2 * x[1];
        }
        double[] a = forward(w);
        double e = 0.5 * (t[0] - a[2]) * (t[0] - a[2]) + 0.5 * (t[1] - a[3]) * (t[1] - a[3]);
        return new MazurPost(e, new double[] {a[2], a[3]});
    }
}
