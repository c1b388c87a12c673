package playground.engine.experiment;

/**
 * Hyperband's brackets and rungs, computed as Keras Tuner's {@code HyperbandOracle} computes them: ordinary double
 * arithmetic, {@code math.log(max_epochs, factor)} as the quotient of two natural logs, {@code ceil}. That quotient
 * is not always the whole number it should be — 4.999999999999999 for 243 at factor 3, 3.0000000000000004 for 125 at
 * factor 5 — and a {@code ceil} of it decides the round sizes; for these, adding 1 happens to land on the whole
 * number again, but a log one ulp the other way would change the table. Bracket numbers count down from
 * {@code brackets() - 1} (the most aggressive halving, many trials on one epoch each) to 0 (a few trials on
 * {@code maxEpochs} each: a random search); bracket {@code b} has rounds 0..b.
 *
 * <p>Java's {@link Math#log} and the C library's log that Python calls may differ in the last bit for some inputs;
 * the tests pin tables that Python printed, including the powers of the factor where that bit matters.
 */
public final class Hyperband {
    public final int maxEpochs;
    public final int factor;
    /** Keras Tuner's {@code min_epochs}, fixed at 1 there. */
    static final int MIN_EPOCHS = 1;

    public Hyperband(int maxEpochs, int factor) {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("hyperband: max epochs must be at least 1, was " + maxEpochs);
        }
        if (factor < 2) {
            throw new IllegalArgumentException("hyperband: the factor must be a whole number above 1, was " + factor);
        }
        this.maxEpochs = maxEpochs;
        this.factor = factor;
    }

    /** How many brackets: while epochs ≥ min_epochs, divide by the factor (as doubles) and count. */
    public int brackets() {
        double epochs = maxEpochs;
        int brackets = 0;
        while (epochs >= MIN_EPOCHS) {
            epochs = epochs / factor;
            brackets++;
        }
        return brackets;
    }

    /** Trials in round {@code round} of bracket {@code bracket}: ceil(ceil(1 + log_f(max)) / (b + 1) · f^(b − r)). */
    public int size(int bracket, int round) {
        double bracket0EndSize = Math.ceil(1 + Math.log(maxEpochs) / Math.log(factor));
        double bracketEndSize = bracket0EndSize / (bracket + 1);
        return (int) Math.ceil(bracketEndSize * power(bracket - round));
    }

    /** The epochs a trial of that round has trained when it ends (cumulative): ceil(max / f^(b − r)). */
    public int epochs(int bracket, int round) {
        return (int) Math.ceil(maxEpochs / power(bracket - round));
    }

    /** factor^k exactly, as Python's int ** int is (then a double, as Python's division and product make it). */
    private double power(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= factor;
        }
        return p;
    }

    /** The whole table, brackets from the most aggressive down: "b3: 27×1 9×3 3×9 1×27; b2: ..." (size × epochs). */
    public String table() {
        StringBuilder sb = new StringBuilder();
        for (int b = brackets() - 1; b >= 0; b--) {
            sb.append(sb.length() == 0 ? "" : "; ").append('b').append(b).append(':');
            for (int r = 0; r <= b; r++) {
                sb.append(' ').append(size(b, r)).append('×').append(epochs(b, r));
            }
        }
        return sb.toString();
    }
}
