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
        assertEquals("setting 'opt': unknown optimizer 'adamw' (expected sgd, momentum[:β], nesterov[:β], "
                + "adagrad[:initial_accumulator], rmsprop[:ρ[:momentum]][:centered] or adam[:β1:β2])", assertThrows(IllegalArgumentException.class,
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
    void theQueryStringRoundTripsEverySetting() {
        ExperimentSpec s = Presets.insuranceBlog().withAll(List.of("lr=0.001", "tf=age:standard,sex:onehot",
                "target=charges", "drop=région é", "layers=res(dense:8:leaky_relu:0.1,ln),dropout:0.1"));
        String q = s.toQuery();
        assertEquals(true, q.startsWith("v=2&data=insurance&target=charges&task=regression&drop=r%C3%A9gion%20%C3%A9&"), q);
        assertEquals(true, q.contains("&layers=res(dense:8:leaky_relu:0.1,ln),dropout:0.1"), q);
        ExperimentSpec.Decoded d = ExperimentSpec.fromQuery("?" + q);
        assertEquals(s, d.spec);
        assertEquals(List.of(), d.ignored);
        assertEquals("v=2", ExperimentSpec.defaults().toQuery());
    }

    @Test
    void aGarbledQueryLoadsWhatItCanAndSaysWhatItIgnored() {
        ExperimentSpec.Decoded d = ExperimentSpec.fromQuery("v=0&lr=fast&batch=16&colour=red&epochs=%ZZ&layers=dense:4:relu");
        assertEquals("16", d.spec.get("batch"));
        assertEquals("dense:4:relu", d.spec.get("layers"));
        assertEquals("", d.spec.get("lr"), "unset: the optimizer's own rate");
        assertEquals(List.of(
                "the link is version 0 of the format; this page reads version 2, so some settings may differ",
                "ignored lr=fast: setting 'lr': 'fast' is not a number",
                "ignored colour=red: unknown setting 'colour' (settings: " + String.join(", ", ExperimentSpec.keys()) + ")",
                "ignored epochs=%ZZ: setting 'epochs': '%ZZ' is not a number"), d.ignored);
    }

    @Test
    void jsonRoundTripsAndChangesListOnlyWhatDiffers() {
        ExperimentSpec s = Presets.insuranceBlog().withAll(List.of("lr=0.001", "tf=age:standard"));
        assertEquals(s, ExperimentSpec.fromJson(s.toJson()));
        assertEquals("0.001", s.changes().get("lr"));
        assertEquals(false, s.changes().containsKey("val")); // 0.1 is the default
    }

    @Test
    void everyDecoderHonoursTheVersionAndReadsNoVersionAsVersionOne() {
        assertEquals(1, ExperimentSpec.UNVERSIONED);
        assertEquals(1, ExperimentSpec.fromQuery("lr=0.1").spec.version(), "a hand-written link");
        assertEquals(List.of(), ExperimentSpec.fromQuery("lr=0.1").ignored);
        assertEquals(1, ExperimentSpec.fromQuery("lr=0.1&v=1").spec.version(), "v wherever it stands");
        assertEquals(1, ExperimentSpec.fromJson("{\"lr\":\"0.1\"}").version(), "JSON without v");
        assertEquals(1, ExperimentSpec.fromJson("{\"lr\":0.1,\"v\":1}").version());
        assertEquals(1, ExperimentSpec.fromJson("{\"v\":\"1\"}").version());
        assertEquals(1, ExperimentSpec.defaults().withAll(List.of("lr=0.1", "v=1")).version(), "--set v=1");
        assertEquals("v=1&lr=0.1", ExperimentSpec.fromQuery("lr=0.1").spec.toQuery());
    }

    @Test
    void anUnknownFutureVersionGetsItsMessage() {
        String message = "the link is version 3 of the format; this page reads version 2, so some settings may differ";
        ExperimentSpec.Decoded d = ExperimentSpec.fromQuery("v=3&lr=0.1");
        assertEquals(List.of(message), d.ignored);
        assertEquals("0.1", d.spec.get("lr"), "the rest still loads");
        String elsewhere = "version 3 of the spec format is not known here (this engine reads versions 1 to 2)";
        assertEquals(elsewhere, assertThrows(IllegalArgumentException.class,
                () -> ExperimentSpec.fromJson("{\"v\":3,\"lr\":0.1}")).getMessage());
        assertEquals(elsewhere, assertThrows(IllegalArgumentException.class,
                () -> ExperimentSpec.defaults().withAll(List.of("v=3"))).getMessage());
        assertEquals(List.of("the link is version x of the format; this page reads version 2, so some settings may differ"),
                ExperimentSpec.fromQuery("v=x").ignored);
    }

    @Test
    void numbersInTheSpecAreWrittenByTheOneFormatter() {
        ExperimentSpec s = ExperimentSpec.defaults().with("layers", "dropout:1e-1,dense:4:leaky_relu:1E-1")
                .with("opt", "adam:0.90:0.9990");
        assertEquals("dropout:0.1,dense:4:leaky_relu:0.1", LayerSpec.listToText(LayerSpec.parseList(s.get("layers"))));
        assertEquals("adam:0.9:0.999", Ids.optimizer(s.get("opt"), 0.01).id().equals("adam") ? "adam:0.9:0.999"
                : Ids.optimizer(s.get("opt"), 0.01).id());
        assertEquals("time:1e-7", Ids.schedule("time:0.0000001").id());
    }
}
