package playground.engine.data;

/** Numeric examples ready for training: row-major inputs and targets. */
public final class Dataset {
    public final double[] x;
    public final double[] y;
    public final int rows;
    public final int inputs;
    public final int outputs;

    public Dataset(double[] x, double[] y, int rows, int inputs, int outputs) {
        if (x.length != rows * inputs || y.length != rows * outputs) {
            throw new IllegalArgumentException("expected " + rows + " rows of " + inputs + " inputs and " + outputs
                    + " outputs, got " + x.length + " and " + y.length + " values");
        }
        this.x = x;
        this.y = y;
        this.rows = rows;
        this.inputs = inputs;
        this.outputs = outputs;
    }
}
