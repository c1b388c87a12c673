package playground.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import playground.engine.data.Dataset;
import playground.engine.data.Synthetic;
import playground.engine.loss.Loss;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.optim.Optimizer;
import playground.engine.spec.Ids;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelFile;
import playground.engine.spec.ModelSpec;
import playground.engine.train.History;
import playground.engine.train.TrainingRun;

@Command(name = "train", description = "Train a network on a dataset and print the loss of every epoch.")
final class TrainCommand implements Callable<Integer> {
    static final int DIVERGED = 3;

    @Option(names = "--dataset", defaultValue = "xor",
            description = "Synthetic 2-D dataset: xor, circle (classification), plane, gaussians (regression). Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(names = "--rows", defaultValue = "500", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--noise", defaultValue = "0.1", description = "Noise level (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--data-seed", defaultValue = "1", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long dataSeed;

    @Option(names = "--layers", description = "Layers (default: dense:8:tanh,dense:8:tanh,dense:1:sigmoid for "
            + "classification, dense:16:relu,dense:16:relu,dense:1 for regression).")
    String layers;

    @Option(names = "--loss", description = "mse, rmse, mae, huber[:δ], bce, cce, half_se (default: bce or mse).")
    String loss;

    @Option(names = "--optimizer", defaultValue = "adam",
            description = "sgd, momentum[:β], nesterov[:β], adagrad, rmsprop[:β], adam[:β1:β2] (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.01", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--decay", defaultValue = "constant",
            description = "Learning-rate schedule: constant, time:d, step:factor:period, exp:factor:period.")
    String decay;

    @Option(names = "--batch", defaultValue = "32", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--epochs", defaultValue = "50", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of weights, shuffling and dropout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--save", description = "Write the trained model (JSON) to this file.")
    Path save;

    @Override
    public Integer call() throws Exception {
        boolean classification = Synthetic.isClassification(dataset);
        Dataset data = Synthetic.generate(dataset, rows, noise, dataSeed);
        String layerText = layers != null ? layers
                : classification ? "dense:8:tanh,dense:8:tanh,dense:1:sigmoid" : "dense:16:relu,dense:16:relu,dense:1";
        ModelSpec spec = new ModelSpec(data.inputs, LayerSpec.parseList(layerText));
        Loss lossFn = Ids.loss(loss != null ? loss : classification ? "bce" : "mse");
        Optimizer opt = Ids.optimizer(optimizer, lr).withSchedule(Ids.schedule(decay));
        Rng rng = new Rng(seed);
        Network net = spec.build(rng.split());
        if (net.outputSize() != data.outputs) {
            throw new IllegalArgumentException("the last layer has " + net.outputSize() + " units but " + dataset
                    + " has " + data.outputs + " target column(s)");
        }
        TrainingRun run = new TrainingRun(net, lossFn, opt, data.x, data.y, data.rows, batch, epochs, rng.split());
        System.out.printf(Locale.ROOT, "%s: %d rows, model %s, loss %s, %s lr=%s, batch %d, %d epochs, seed %d%n",
                dataset, data.rows, layerText, lossFn.id(), opt.id(), lr, batch, epochs, seed);
        System.out.println("epoch,loss,lr");
        long start = System.nanoTime();
        while (!run.finished()) {
            run.stepEpoch();
            History h = run.history();
            if (h.epochs() > 0 && h.epochs() == run.epoch() && !h.diverged()) {
                System.out.printf(Locale.ROOT, "%d,%.6g,%.6g%n", h.epochs(), h.lastLoss(),
                        h.learningRate().get(h.epochs() - 1));
            }
        }
        History h = run.history();
        if (h.diverged()) {
            System.err.println(h.stopMessage());
            return DIVERGED;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "done: final loss %.6g in %.2f s (%.0f samples/s)%n", h.lastLoss(), seconds,
                (double) data.rows * h.epochs() / seconds);
        if (save != null) {
            Files.writeString(save, new ModelFile(spec, lossFn.id(), net).toJson(), StandardCharsets.UTF_8);
            System.out.println("model saved to " + save);
        }
        return 0;
    }
}
