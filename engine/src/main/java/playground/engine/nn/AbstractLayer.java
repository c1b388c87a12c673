package playground.engine.nn;

/** What every layer keeps the same way: its input and output widths and whether its input gradient is wanted. */
abstract class AbstractLayer implements Layer {
    protected int in;
    protected int out;
    protected boolean needsInputGradient = true;

    @Override
    public final int inputSize() {
        return in;
    }

    @Override
    public final int outputSize() {
        return out;
    }

    @Override
    public void setNeedsInputGradient(boolean needed) {
        needsInputGradient = needed;
    }
}
