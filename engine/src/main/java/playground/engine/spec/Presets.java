package playground.engine.spec;

import java.util.ArrayList;
import java.util.List;
import playground.engine.activation.Activation;

/** Named, ready-made experiments, grids and models. */
public final class Presets {
    private Presets() {
    }

    public static final String INSURANCE_BLOG = "insurance-blog";
    public static final String INSURANCE_BLOG_GRID = "insurance-blog-grid";
    public static final String INSURANCE_BEST = "insurance-best";

    /** The walkthrough's hidden layers: BatchNorm → 3 × (Dense(100, relu) → BatchNorm [→ Dropout(0.5)]). */
    public static final String INSURANCE_BLOG_LAYERS =
            "bn,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn";

    /** The walkthrough's grid: 4 × 6 × 4 × 2 = 192 runs. */
    public static final String INSURANCE_BLOG_GRID_TEXT =
            "epochs=64,128,256,512;batch=8,16,32,64,128,256;lr=0.1,0.01,0.001,0.00001;opt=sgd,adam";

    /**
     * The Keras walkthrough on the Medical Cost data: age, bmi, children min-max scaled and sex, smoker, region
     * one-hot (11 inputs), the raw charges as target, validation = the last 10% of rows, test = 20% of the rest
     * (seed 42), MSE, Adam at 0.01, batch 32, 64 epochs; callbacks: best checkpoint on val_loss (restored at the end),
     * learning rate ×0.1 after 5 stale epochs down to 1e-7, early stop after 10 epochs without a 0.001 improvement.
     */
    public static ExperimentSpec insuranceBlog() {
        return ExperimentSpec.defaults().withAll(List.of("data=insurance", "target=charges", "task=regression",
                "split=tail", "val=0.1", "test=0.2", "split_seed=42", "layers=" + INSURANCE_BLOG_LAYERS, "loss=mse",
                "opt=adam", "lr=0.01", "batch=32", "epochs=64", "seed=1", "ckpt=" + Callbacks.CHECKPOINT_DEFAULT,
                "rlr=" + Callbacks.REDUCE_LR_DEFAULT, "es=" + Callbacks.EARLY_STOPPING_DEFAULT));
    }

    /**
     * The winner of the README's Hyperband search on the reference split (its space, budget and seeds fixed before it
     * ran; chosen on validation RMSE, the test rows played no part), trained from scratch for its budget:
     * the walkthrough's callbacks, two BatchNorm'd layers of 54 units with dropout 0.2, Adam at 0.04156, batch 32.
     */
    public static ExperimentSpec insuranceBest() {
        return insuranceBlog().withAll(List.of("epochs=81", "layers=bn,dense:54:relu,bn,dropout:0.2,dense:54:relu,bn",
                "lr=0.04156", "batch=32"));
    }

    public static List<String> names() {
        return List.of(INSURANCE_BLOG, INSURANCE_BLOG_GRID, INSURANCE_BEST);
    }

    /** The experiment of a preset (a grid preset gives its base experiment). */
    public static ExperimentSpec experiment(String name) {
        switch (name) {
            case INSURANCE_BLOG:
            case INSURANCE_BLOG_GRID:
                return insuranceBlog();
            case INSURANCE_BEST:
                return insuranceBest();
            default:
                throw new IllegalArgumentException("unknown preset '" + name + "' (available: " + String.join(", ", names()) + ")");
        }
    }

    /** The grid of a grid preset, or "" for a single experiment. */
    public static String grid(String name) {
        experiment(name); // validates the name
        return INSURANCE_BLOG_GRID.equals(name) ? INSURANCE_BLOG_GRID_TEXT : "";
    }

    /** The Keras walkthrough's model on its 11 inputs, output layer included (22,745 parameters). */
    public static ModelSpec insuranceBlogModel() {
        return model(INSURANCE_BLOG);
    }

    /** A preset's model on the insurance data's 11 inputs, with its single linear output. */
    public static ModelSpec model(String name) {
        List<LayerSpec> layers = new ArrayList<>(LayerSpec.parseList(experiment(name).get("layers")));
        layers.add(LayerSpec.dense(1, Activation.LINEAR));
        return new ModelSpec(11, layers);
    }
}
