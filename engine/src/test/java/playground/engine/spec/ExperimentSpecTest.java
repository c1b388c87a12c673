package playground.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentSpecTest {
    @Test
    void settingsAreCheckedAndErrorsNameTheKey() {
        assertEquals("setting 'batch': 0 is outside 1…65536",
                assertThrows(IllegalArgumentException.class, () -> ExperimentSpec.defaults().with("batch", "0")).getMessage());
        assertEquals("setting 'opt': unknown optimizer 'adamw' (expected sgd, momentum[:β], nesterov[:β], adagrad, "
                + "rmsprop[:β] or adam[:β1:β2])", assertThrows(IllegalArgumentException.class,
                        () -> ExperimentSpec.defaults().with("opt", "adamw")).getMessage());
        assertEquals("setting 'es': 'val_loss:10' should be monitor:patience:min_delta[:restore] or off",
                assertThrows(IllegalArgumentException.class, () -> ExperimentSpec.defaults().with("es", "val_loss:10"))
                        .getMessage());
        assertEquals(true, assertThrows(IllegalArgumentException.class, () -> ExperimentSpec.defaults().with("lerning_rate", "1"))
                .getMessage().startsWith("unknown setting 'lerning_rate' (settings: data, target, task,"));
    }

    @Test
    void callbacksSwitchedOnGetTheWalkthroughsSettings() {
        playground.engine.train.Callback es = Callbacks.parse("es", "on");
        assertEquals(10, ((playground.engine.train.EarlyStopping) es).patience);
        playground.engine.train.ReduceLrOnPlateau rlr = (playground.engine.train.ReduceLrOnPlateau) Callbacks.parse("rlr", "on");
        assertEquals(0.1, rlr.factor, 0);
        assertEquals(5, rlr.patience);
        assertEquals(1e-7, rlr.minLr, 0);
        assertEquals(true, ((playground.engine.train.BestCheckpoint) Callbacks.parse("ckpt", "on")).restoreAtEnd);
        assertEquals(null, Callbacks.parse("es", "off"));
    }

    @Test
    void jsonRoundTripsAndChangesListOnlyWhatDiffers() {
        ExperimentSpec s = Presets.insuranceBlog().withAll(List.of("lr=0.001", "tf=age:standard"));
        assertEquals(s, ExperimentSpec.fromJson(s.toJson()));
        assertEquals("0.001", s.changes().get("lr"));
        assertEquals(false, s.changes().containsKey("val")); // 0.1 is the default
    }
}
