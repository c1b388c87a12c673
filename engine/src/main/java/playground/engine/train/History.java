package playground.engine.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a training run recorded: the loss and learning rate of every finished epoch, and why it stopped. */
public final class History {
    private final List<Double> loss = new ArrayList<>();
    private final List<Double> learningRate = new ArrayList<>();
    private String stopMessage;
    private boolean diverged;

    void addEpoch(double epochLoss, double lr) {
        loss.add(epochLoss);
        learningRate.add(lr);
    }

    void stop(String message, boolean divergence) {
        stopMessage = message;
        diverged = divergence;
    }

    public List<Double> loss() {
        return Collections.unmodifiableList(loss);
    }

    public List<Double> learningRate() {
        return Collections.unmodifiableList(learningRate);
    }

    public int epochs() {
        return loss.size();
    }

    public double lastLoss() {
        return loss.isEmpty() ? Double.NaN : loss.get(loss.size() - 1);
    }

    /** True when training stopped because the loss became NaN or infinite. */
    public boolean diverged() {
        return diverged;
    }

    /** A sentence for the user when training stopped early, else null. */
    public String stopMessage() {
        return stopMessage;
    }
}
