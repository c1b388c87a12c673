package playground.engine.spec;

import java.util.List;
import playground.engine.nn.Activation;

/** Named, ready-made models. */
public final class Presets {
    private Presets() {
    }

    public static final String INSURANCE_BLOG = "insurance-blog";

    /**
     * The Keras walkthrough's model for the Medical Cost data: 11 inputs (age, bmi, children min-max scaled; sex,
     * smoker, region one-hot), BatchNorm → 3 × (Dense(100, relu) → BatchNorm [→ Dropout(0.5)]) → Dense(1).
     * Keras reports 22,745 parameters, 22,123 trainable and 622 non-trainable.
     */
    public static ModelSpec insuranceBlogModel() {
        return new ModelSpec(11, List.of(
                LayerSpec.batchNorm(),
                LayerSpec.dense(100, Activation.RELU),
                LayerSpec.batchNorm(),
                LayerSpec.dropout(0.5),
                LayerSpec.dense(100, Activation.RELU),
                LayerSpec.batchNorm(),
                LayerSpec.dropout(0.5),
                LayerSpec.dense(100, Activation.RELU),
                LayerSpec.batchNorm(),
                LayerSpec.dense(1, Activation.LINEAR)));
    }

    public static List<String> names() {
        return List.of(INSURANCE_BLOG);
    }

    /** The model of a named preset; the error lists the names that exist. */
    public static ModelSpec model(String name) {
        if (INSURANCE_BLOG.equals(name)) {
            return insuranceBlogModel();
        }
        throw new IllegalArgumentException("unknown preset '" + name + "' (available: " + String.join(", ", names()) + ")");
    }
}
