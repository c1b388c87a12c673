package playground.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.activation.Activation;
import playground.engine.data.Synthetic;
import playground.engine.experiment.Experiment;
import playground.engine.session.Session;
import playground.engine.text.Json;

/** Old links keep their numbers: version 1 is read with all of version 1's formulas, spelled in version 2's words. */
class Version1Test {
    @Test
    void everyVersion1FormulaIsSpelledOutInTheNewestVersion() {
        ExperimentSpec v1 = ExperimentSpec.fromQuery("v=1&opt=momentum&layers=dense:8:leaky_relu:he_normal:random_normal,"
                + "res(dense:4:relu:glorot_normal:xavier_normal,ln),dense:3:leaky_relu:0.3:lecun_normal:untruncated"
                + "&es=val_loss:5:0.01:restore").spec;
        ExperimentSpec v2 = v1.current();
        assertEquals(2, v2.version());
        assertEquals("momentum:0.9:ema", v2.get("opt"));
        assertEquals("0.01", v2.get("lr"), "version 1's rate for every optimizer");
        assertEquals("dense:8:leaky_relu:0.01:he_normal:untruncated:random_normal:1,res(dense:4:relu:glorot_normal:untruncated:"
                + "glorot_normal:untruncated,ln),dense:3:leaky_relu:0.3:lecun_normal:untruncated", v2.get("layers"));
        assertEquals("val_loss:5:0.01:restore:on_stop", v2.get("es"));
        assertEquals("v=2&layers=dense:8:leaky_relu:0.01:he_normal:untruncated:random_normal:1,res(dense:4:relu:glorot_normal:"
                + "untruncated:glorot_normal:untruncated,ln),dense:3:leaky_relu:0.3:lecun_normal:untruncated&opt=momentum:0.9:ema"
                + "&lr=0.01&es=val_loss:5:0.01:restore:on_stop", v2.toQuery());
    }

    @Test
    void eachOptimizerOfVersion1HasItsNamedForm() {
        assertEquals("sgd", Version1.optimizer("sgd"));
        assertEquals("nesterov:0.8:ema", Version1.optimizer("nesterov:0.8"));
        assertEquals("adagrad:0:eps_outside", Version1.optimizer("adagrad"));
        assertEquals("rmsprop:0.95:eps_outside", Version1.optimizer("rmsprop:0.95"));
        assertEquals("adam:0.9:0.999:paper", Version1.optimizer("adam"));
        assertEquals("adam:0.8:0.99:paper", Version1.optimizer("adam:0.8:0.99"));
        assertEquals("on", Version1.earlyStopping("on"), "'on' never restored");
        assertEquals("val_loss:3:0", Version1.earlyStopping("val_loss:3:0"));
    }

    @Test
    void theNewestVersionIsItsOwnCurrentForm() {
        ExperimentSpec v2 = ExperimentSpec.defaults().with("opt", "momentum");
        assertSame(v2, v2.current());
        assertEquals("", v2.get("lr"));
    }

    @Test
    void aVersion1LinkAndItsSpellingInVersion2TrainTheSameBits() {
        String v1 = "v=1&data=xor&layers=dense:6:leaky_relu:he_normal,dense:4:tanh:random_normal&opt=adagrad&epochs=5"
                + "&es=val_loss:1:0:restore";
        ExperimentSpec spec = ExperimentSpec.fromQuery(v1).spec;
        assertEquals(trained(spec), trained(spec.current()));
        assertEquals(false, trained(spec.withVersion(2)).equals(trained(spec)),
                "the same text in version 2 means Keras's formulas: other numbers");
    }

    /** The final weights, exactly ("0x" + IEEE bits). */
    private static String trained(ExperimentSpec spec) {
        Experiment e = Experiment.prepare(spec, Synthetic.table("xor", 400, 0.1, 1), null, List.of());
        e.train();
        return playground.engine.experiment.StartWeights.of(e.network).toJson();
    }

    @Test
    void unsetRatesAreKerasDefaultsPerOptimizerInVersion2AndAlways0point01InVersion1() {
        for (String[] c : new String[][] {{"sgd", "0.01"}, {"momentum", "0.01"}, {"nesterov:0.5", "0.01"}, {"adagrad", "0.001"},
            {"rmsprop", "0.001"}, {"adam", "0.001"}}) {
            assertEquals(Double.parseDouble(c[1]), Experiment.learningRate(ExperimentSpec.defaults().with("opt", c[0])), 0, c[0]);
            assertEquals(0.01, Experiment.learningRate(ExperimentSpec.fromQuery("v=1&opt=" + c[0]).spec), 0, "v1 " + c[0]);
        }
        assertEquals(0.3, Experiment.learningRate(ExperimentSpec.defaults().with("lr", "0.3")), 0);
    }

    @Test
    void kerasDefaultsOfTheNewestVersion() {
        assertEquals(0.2, ((Activation) Ids.activation("leaky_relu")).slope, 0, "keras.activations.leaky_relu");
        assertEquals(0.05, Ids.init("random_normal").param, 0, "keras.initializers.RandomNormal");
        assertEquals(true, Ids.init("he_normal").isTruncated());
        assertEquals(false, Ids.init("he_normal:untruncated").isTruncated());
        assertEquals(0.1, ((playground.engine.optim.Adagrad) Ids.optimizer("adagrad", 0.1)).initialAccumulator, 0);
    }

    @Test
    void editingAVersion1LinkRewritesItInVersion2WithItsFormulasSpelledOut() {
        Session s = new Session();
        String v1 = "v=1&layers=dense:4:leaky_relu&opt=rmsprop&epochs=3"; // circle: the default data
        Map<?, ?> prepared = (Map<?, ?>) Json.parse(s.prepare(v1));
        assertEquals(v1, prepared.get("query"), "an unedited link keeps its text");
        assertEquals(1.0, prepared.get("version"));
        assertEquals("rmsprop:0.9:eps_outside", ((Map<?, ?>) prepared.get("spec")).get("opt"), "the controls show what trains");
        assertEquals(0.01, prepared.get("rate"));
        assertEquals("This link is in version 1 of the settings: it trains with version 1's formulas, written today as "
                + "layers=dense:4:leaky_relu:0.01, opt=rmsprop:0.9:eps_outside, lr=0.01. An edit rewrites it in version 2.",
                prepared.get("upgraded"));
        Map<?, ?> edited = (Map<?, ?>) Json.parse(s.edit(v1, "batch=16"));
        assertEquals("v=2&layers=dense:4:leaky_relu:0.01&opt=rmsprop:0.9:eps_outside&lr=0.01&batch=16&epochs=3",
                edited.get("query"));
        assertEquals(null, edited.get("upgraded"));
    }
}
