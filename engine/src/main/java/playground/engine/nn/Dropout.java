package playground.engine.nn;

import java.util.List;
import playground.engine.math.Rng;

/**
 * Inverted dropout: in training each value is zeroed with probability {@code rate} and the survivors are scaled by
 * 1/(1−rate), so at inference the layer is the identity and needs no rescaling.
 */
public final class Dropout extends AbstractLayer {
    public final double rate;
    private Rng rng;
    private double[] mask = new double[0];
    private double[] y = new double[0];
    private double[] gradX = new double[0];
    private boolean lastWasTraining;

    public Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), was " + playground.engine.text.Numbers.format(rate));
        }
        this.rate = rate;
    }

    @Override
    public String kind() {
        return "Dropout";
    }

    @Override
    public String nameStem() {
        return "dropout";
    }

    @Override
    public int build(int inputSize, Rng rng) {
        in = inputSize;
        out = inputSize;
        this.rng = rng.split();
        return out;
    }

    /** Restarts the mask stream; makes a gradient check or a replay see the same masks again. */
    public void reseed(long seed) {
        rng = new Rng(seed);
    }

    @Override
    public double[] forward(double[] x, int batch, boolean training) {
        lastWasTraining = training && rate > 0;
        if (!lastWasTraining) {
            return x;
        }
        int size = batch * in;
        if (y.length < size) {
            y = new double[size];
            mask = new double[size];
            gradX = new double[size];
        }
        double keep = 1 / (1 - rate);
        for (int i = 0; i < size; i++) {
            double m = rng.nextDouble() < rate ? 0 : keep;
            mask[i] = m;
            y[i] = x[i] * m;
        }
        return y;
    }

    @Override
    public double[] backward(double[] dy, int batch) {
        if (!needsInputGradient) {
            return null;
        }
        if (!lastWasTraining) {
            return dy;
        }
        int size = batch * in;
        for (int i = 0; i < size; i++) {
            gradX[i] = dy[i] * mask[i];
        }
        return gradX;
    }

    @Override
    public List<Param> params() {
        return List.of();
    }
}
