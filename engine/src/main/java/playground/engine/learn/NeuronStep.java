package playground.engine.learn;

import playground.engine.activation.Activation;
import playground.engine.loss.Loss;

/**
 * One neuron, one example, one gradient-descent step, with every factor of the chain rule kept:
 * z = w·x + b, h = f(z), L = loss(h, t); ∂L/∂w = ∂L/∂h · ∂h/∂z · ∂z/∂w with ∂z/∂w = x and ∂z/∂b = 1.
 * The activation and the loss are the engine's own (the objects that train real networks).
 */
public final class NeuronStep {
    public final double x;
    public final double w;
    public final double b;
    public final double target;
    public final double rate;
    public final double z;
    public final double h;
    public final double loss;
    public final double dLdh;
    public final double dhdz;
    public final double dzdw;
    public final double dzdb;
    public final double dLdw;
    public final double dLdb;
    public final double wNext;
    public final double bNext;
    /** The nudge check's ε, and the slopes it measures: (L(w + ε) − L(w − ε)) / 2ε, and the same for b. */
    public static final double EPSILON = 1e-6;
    public final double nudgeW;
    public final double nudgeB;

    private NeuronStep(double x, double w, double b, double target, double rate, Activation f, Loss lossFn) {
        this.x = x;
        this.w = w;
        this.b = b;
        this.target = target;
        this.rate = rate;
        this.z = w * x + b;
        this.h = f.value(z);
        double[] pred = {h};
        double[] t = {target};
        double[] g = new double[1];
        this.loss = lossFn.value(pred, t, 1, 1);
        lossFn.gradient(pred, t, g, 1, 1);
        this.dLdh = g[0];
        this.dhdz = f.derivative(z);
        this.dzdw = x;
        this.dzdb = 1;
        this.dLdw = dLdh * dhdz * dzdw;
        this.dLdb = dLdh * dhdz * dzdb;
        this.wNext = w - rate * dLdw;
        this.bNext = b - rate * dLdb;
        // the derivative is the slope: nudge the parameter both ways and see how much the loss moves
        this.nudgeW = (lossAt(x, w + EPSILON, b, target, f, lossFn) - lossAt(x, w - EPSILON, b, target, f, lossFn)) / (2 * EPSILON);
        this.nudgeB = (lossAt(x, w, b + EPSILON, target, f, lossFn) - lossAt(x, w, b - EPSILON, target, f, lossFn)) / (2 * EPSILON);
    }

    private static double lossAt(double x, double w, double b, double target, Activation f, Loss lossFn) {
        return lossFn.value(new double[] {f.value(w * x + b)}, new double[] {target}, 1, 1);
    }

    public static NeuronStep of(double x, double w, double b, double target, double rate, Activation f, Loss loss) {
        return new NeuronStep(x, w, b, target, rate, f, loss);
    }

    /** The loss as a function of w (everything else fixed), for the plot, with the tangent's slope at w. */
    public static double[][] lossAgainstW(double x, double b, double target, Activation f, Loss loss, double from, double to, int n) {
        double[][] out = new double[2][n];
        double[] pred = new double[1];
        double[] t = {target};
        for (int i = 0; i < n; i++) {
            double w = from + (to - from) * i / (n - 1);
            pred[0] = f.value(w * x + b);
            out[0][i] = w;
            out[1][i] = loss.value(pred, t, 1, 1);
        }
        return out;
    }
}
