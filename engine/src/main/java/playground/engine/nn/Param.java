package playground.engine.nn;

/**
 * One named tensor of a layer, stored flat. Trainable parameters carry a gradient buffer of the same size that
 * {@link Layer#backward} overwrites on every step; non-trainable ones (BatchNorm's moving statistics) have none.
 */
public final class Param {
    public final String name;
    public final int[] shape;
    public final double[] value;
    public final double[] grad;

    public Param(String name, int[] shape, boolean trainable) {
        this.name = name;
        this.shape = shape.clone();
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        this.value = new double[size];
        this.grad = trainable ? new double[size] : null;
    }

    public boolean trainable() {
        return grad != null;
    }

    public int size() {
        return value.length;
    }
}
