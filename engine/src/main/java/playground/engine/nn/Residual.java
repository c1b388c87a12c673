package playground.engine.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import playground.engine.activation.Activation;
import playground.engine.math.Rng;

/**
 * A residual block y = F(x) + P(x): F is a stack of layers, P is the identity when F keeps the width, otherwise a
 * trainable linear projection (a Dense layer without activation), as in ResNet's "option B". The skip path lets the
 * gradient reach early layers undiminished.
 */
public final class Residual extends AbstractLayer {
    private final List<Layer> block;
    private Dense projection;
    private double[] y = new double[0];
    private double[] gradX = new double[0];

    public Residual(List<Layer> block) {
        if (block.isEmpty()) {
            throw new IllegalArgumentException("a residual block needs at least one layer");
        }
        this.block = List.copyOf(block);
    }

    @Override
    public String kind() {
        return "Residual";
    }

    @Override
    public String nameStem() {
        return "residual";
    }

    @Override
    public int build(int inputSize, Rng rng) {
        in = inputSize;
        int width = inputSize;
        for (Layer layer : block) {
            width = layer.build(width, rng);
        }
        out = width;
        if (out != in) {
            projection = new Dense(out, Activation.LINEAR, Init.GLOROT_UNIFORM, Init.ZEROS);
            projection.build(in, rng);
        }
        return out;
    }

    public List<Layer> block() {
        return block;
    }

    /** The projection on the skip path, or null when it is the identity. */
    public Dense projection() {
        return projection;
    }

    @Override
    public double[] forward(double[] x, int batch, boolean training) {
        double[] f = x;
        for (Layer layer : block) {
            f = layer.forward(f, batch, training);
        }
        double[] skip = projection == null ? x : projection.forward(x, batch, training);
        int size = batch * out;
        if (y.length < size) {
            y = new double[size];
        }
        for (int i = 0; i < size; i++) {
            y[i] = f[i] + skip[i];
        }
        return y;
    }

    /** The block's own first layer always computes its input gradient (the skip sum needs it); only the sum is skipped. */
    @Override
    public double[] backward(double[] dy, int batch) {
        double[] g = dy;
        for (int i = block.size() - 1; i >= 0; i--) {
            g = block.get(i).backward(g, batch);
        }
        double[] gSkip = projection == null ? dy : projection.backward(dy, batch);
        if (!needsInputGradient) {
            return null;
        }
        int size = batch * in;
        if (gradX.length < size) {
            gradX = new double[size];
        }
        for (int i = 0; i < size; i++) {
            gradX[i] = g[i] + gSkip[i];
        }
        return gradX;
    }

    @Override
    public List<Param> params() {
        List<Param> all = new ArrayList<>();
        for (Layer layer : block) {
            all.addAll(layer.params());
        }
        if (projection != null) {
            all.addAll(projection.params());
        }
        return Collections.unmodifiableList(all);
    }
}
