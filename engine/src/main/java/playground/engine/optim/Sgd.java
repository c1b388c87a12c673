package playground.engine.optim;

/** Plain gradient descent: w ← w − η·g. */
public final class Sgd extends Optimizer {
    /** Keras's {@code SGD()} learning rate, with or without momentum. */
    public static final double DEFAULT_LEARNING_RATE = 0.01;

    public Sgd(double learningRate) {
        super(learningRate);
    }

    @Override
    public String id() {
        return "sgd";
    }

    @Override
    protected int stateVectors() {
        return 0;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= lr * g[i];
        }
    }
}
