package playground.engine.nn;

import java.util.List;

/**
 * Weight regularization with Keras's {@code kernel_regularizer} semantics: l1·Σ|w| + l2·Σw² over the kernels of
 * every Dense layer (the output layer and residual projections included; not biases, not BatchNorm's or
 * LayerNorm's scales), added to the loss. Its gradient, beside it: l1·sign(w) + 2·l2·w, with sign(0) = 0 as
 * TensorFlow's {@code tf.sign} has it.
 */
public final class Penalty {
    public static final Penalty NONE = new Penalty(0, 0);
    /** Keras's default rate of {@code regularizers.l1()} and {@code l2()}. */
    public static final double DEFAULT_RATE = 0.01;

    public final double l1;
    public final double l2;

    public Penalty(double l1, double l2) {
        this.l1 = l1;
        this.l2 = l2;
    }

    public boolean none() {
        return l1 == 0 && l2 == 0;
    }

    /** The penalty of the kernels among {@code params}. */
    public double value(List<Param> params) {
        if (none()) {
            return 0;
        }
        double abs = 0;
        double squares = 0;
        for (Param p : params) {
            if (!p.name.equals("kernel")) {
                continue;
            }
            for (double w : p.value) {
                abs += Math.abs(w);
                squares += w * w;
            }
        }
        return l1 * abs + l2 * squares;
    }

    /** Adds the penalty's gradient to the kernels' gradients (after the loss's backward pass wrote them). */
    public void addGradient(List<Param> params) {
        if (none()) {
            return;
        }
        for (Param p : params) {
            if (!p.name.equals("kernel")) {
                continue;
            }
            for (int i = 0; i < p.value.length; i++) {
                double w = p.value[i];
                double g = l1 * (w > 0 ? 1 : w < 0 ? -1 : 0) + 2 * l2 * w;
                // not "grad += a + b": TeaVM's JavaScript wrote that as (grad + a) + b, a different rounding than the
                // JVM's grad + (a + b) (found by the l1l2 golden run); the sum first, then one addition, everywhere
                p.grad[i] = p.grad[i] + g;
            }
        }
    }

    /** As the spec writes it: none, l1:rate, l2:rate, l1l2:l1:l2. */
    public String id() {
        if (none()) {
            return "none";
        }
        String a = playground.engine.text.Numbers.format(l1);
        String b = playground.engine.text.Numbers.format(l2);
        return l2 == 0 ? "l1:" + a : l1 == 0 ? "l2:" + b : "l1l2:" + a + ":" + b;
    }
}
