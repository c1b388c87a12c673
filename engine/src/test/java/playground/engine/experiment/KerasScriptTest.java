package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.data.Synthetic;
import playground.engine.spec.ExperimentSpec;

/** The Keras script says each setting in Keras 3's words (its data part is run under scikit-learn in the server's tests). */
class KerasScriptTest {
    private static String script(String query) {
        ExperimentSpec spec = ExperimentSpec.fromQuery(query).spec;
        Experiment e = Experiment.prepare(spec, Synthetic.table("circle", 60, 0.1, 1), null, List.of());
        return KerasScript.of(e, new KerasScript.Source("unused.csv", "unused")).text();
    }

    private static void has(String script, String... lines) {
        for (String line : lines) {
            assertTrue(script.contains(line), "missing: " + line + "\n" + script);
        }
    }

    @Test
    void optimizersSchedulesAndCallbacksAreKerasCalls() {
        has(script("v=2&opt=rmsprop:0.8:0.5:centered&lr=0.002&decay=step:0.5:10&es=val_loss:5:0.01:restore&rlr=on&ckpt=on"),
                "keras.optimizers.RMSprop(learning_rate=keras.optimizers.schedules.ExponentialDecay(0.002, decay_steps=10, "
                        + "decay_rate=0.5, staircase=True), rho=0.8, momentum=0.5, centered=True, epsilon=1e-7)",
                "keras.callbacks.EarlyStopping(monitor=\"val_loss\", patience=5, min_delta=0.01, restore_best_weights=True)",
                "keras.callbacks.ReduceLROnPlateau(monitor=\"val_loss\", factor=0.1, patience=5, min_lr=1e-7, min_delta=0.0001)",
                "keras.callbacks.ModelCheckpoint(\"best.keras\", monitor=\"val_loss\", save_best_only=True)",
                "model = keras.models.load_model(\"best.keras\", compile=False)",
                "keras.callbacks.CSVLogger(\"training-log.csv\")");
        has(script("v=2&opt=nesterov:0.8&decay=time:0.01"),
                "keras.optimizers.SGD(learning_rate=keras.optimizers.schedules.InverseTimeDecay(0.01, decay_steps=1, decay_rate=0.01), "
                        + "momentum=0.8, nesterov=True)");
        has(script("v=2&opt=adagrad:0.2&lr=0.1&reg=l2:0.03"),
                "keras.optimizers.Adagrad(learning_rate=0.1, initial_accumulator_value=0.2, epsilon=1e-7)",
                "REG = keras.regularizers.L1L2(l1=0, l2=0.03)");
    }

    @Test
    void version1sMovingAverageMomentumIsKerasMomentumAtTheScaledRate() {
        has(script("v=1&opt=momentum:0.9&lr=0.1"), "keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)",
                "equals Keras's at learning_rate·(1−β)");
    }

    @Test
    void layersLossesAndInitializersUseTheExportsNames() {
        has(script("v=2&layers=dense:4:leaky_relu:he_normal,bn,res(dense:3:tanh:random_normal:0.1),ln,dropout:0.1&loss=cce&features=x1,x2,x1x2"),
                "x = layers.Dense(4, activation=\"linear\", kernel_initializer=\"he_normal\", bias_initializer=\"zeros\", "
                        + "kernel_regularizer=REG, name=\"dense\")(x)",
                "x = layers.LeakyReLU(negative_slope=0.2, name=\"leaky_re_lu\")(x)",
                "x = layers.BatchNormalization(name=\"batch_normalization\")(x)",
                "kernel_initializer=keras.initializers.RandomNormal(stddev=0.1)",
                "skip = layers.Dense(3, kernel_regularizer=REG, name=\"dense_2\")(skip)",
                "x = layers.Add(name=\"add\")([x, skip])",
                "x = layers.LayerNormalization(name=\"layer_normalization\")(x)",
                "x = layers.Dropout(0.1, name=\"dropout\")(x)",
                "x = layers.Dense(2, activation=\"softmax\"",
                "loss = \"categorical_crossentropy\"",
                "df[\"x1x2\"] = df[\"x1\"] * df[\"x2\"]",
                "CLASSES = [\"0\", \"1\"]");
        has(script("v=1&layers=dense:4:relu:he_normal"),
                "keras.initializers.VarianceScaling(scale=2.0, mode=\"fan_in\", distribution=\"untruncated_normal\")");
    }
}
