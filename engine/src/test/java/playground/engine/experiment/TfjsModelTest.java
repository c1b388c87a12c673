package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.nn.Network;
import playground.engine.nn.Param;
import playground.engine.nn.Penalty;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.text.Json;

class TfjsModelTest {
    private static ModelFile model(String layers, int inputs) {
        ModelSpec spec = new ModelSpec(inputs, LayerSpec.parseList(layers));
        return new ModelFile(spec, "mse", spec.build(3));
    }

    private static TfjsModel.Imported roundTrip(ModelFile m) {
        TfjsModel.Files f = TfjsModel.write(m, null);
        return TfjsModel.read(f.modelJson(), f.weights());
    }

    @Test
    void everyLayerKindReadsBackAsTheSameLayersWithItsWeightsInFloat32() {
        String layers = "bn,dense:8:relu,ln,dropout:0.25,res(dense:8:leaky_relu,dense:8:tanh),res(dense:5:sigmoid),dense:3:softmax";
        ModelFile m = model(layers, 4);
        TfjsModel.Imported back = roundTrip(m);
        assertEquals(layers, LayerSpec.listToText(back.model().spec.layers));
        assertEquals(4, back.model().spec.inputSize);
        List<Param> a = m.network.params();
        List<Param> b = back.model().network.params();
        assertEquals(a.size(), b.size());
        for (int k = 0; k < a.size(); k++) {
            for (int i = 0; i < a.get(k).value.length; i++) {
                assertEquals((float) a.get(k).value[i], b.get(k).value[i], 0.0, a.get(k).name);
            }
        }
        assertFalse(back.hasPreprocessing());
        assertEquals("bn,dense:8:relu,ln,dropout:0.25,res(dense:8:leaky_relu,dense:8:tanh),res(dense:5:sigmoid)", back.hiddenLayers());
    }

    @Test
    void theTopologyIsKerasShaped() {
        Map<?, ?> seq = (Map<?, ?>) Json.parse(TfjsModel.write(model("dense:4:leaky_relu:he_normal,bn,dense:1", 2), null).modelJson());
        Map<?, ?> topology = (Map<?, ?>) seq.get("modelTopology");
        assertEquals("Sequential", topology.get("class_name"));
        List<?> layers = (List<?>) ((Map<?, ?>) topology.get("config")).get("layers");
        assertEquals(List.of("Dense", "LeakyReLU", "BatchNormalization", "Dense"),
                layers.stream().map(l -> ((Map<?, ?>) l).get("class_name")).toList());
        Map<?, ?> first = (Map<?, ?>) ((Map<?, ?>) layers.get(0)).get("config");
        assertEquals(java.util.Arrays.asList(null, 2.0), first.get("batch_input_shape"));
        assertEquals("linear", first.get("activation"));
        assertEquals(0.2, ((Map<?, ?>) ((Map<?, ?>) layers.get(1)).get("config")).get("alpha"));
        List<?> weights = (List<?>) ((Map<?, ?>) ((List<?>) seq.get("weightsManifest")).get(0)).get("weights");
        assertEquals(List.of("dense/kernel", "dense/bias", "batch_normalization/gamma", "batch_normalization/beta",
                "batch_normalization/moving_mean", "batch_normalization/moving_variance", "dense_1/kernel", "dense_1/bias"),
                weights.stream().map(w -> ((Map<?, ?>) w).get("name")).toList());

        Map<?, ?> fn = (Map<?, ?>) ((Map<?, ?>) Json.parse(TfjsModel.write(model("res(dense:3:relu),dense:1", 2), null).modelJson()))
                .get("modelTopology");
        assertEquals("Model", fn.get("class_name"));
        List<?> nodes = (List<?>) ((Map<?, ?>) fn.get("config")).get("layers");
        Map<?, ?> add = (Map<?, ?>) nodes.get(3);
        assertEquals("Add", add.get("class_name"));
        assertEquals("[[[\"dense\",0,0,{}],[\"dense_1\",0,0,{}]]]", Json.write(add.get("inbound_nodes")), "block output + projection");
    }

    @Test
    void penaltiesAreEveryKernelsRegularizer() {
        ModelSpec spec = new ModelSpec(2, LayerSpec.parseList("dense:3:tanh,dense:1"));
        Network net = spec.build(1).withPenalty(new Penalty(0.01, 0.02));
        String json = TfjsModel.write(new ModelFile(spec, "mse", net), null).modelJson();
        assertEquals(2, json.split("\"kernel_regularizer\":\\{\"class_name\":\"L1L2\",\"config\":\\{\"l1\":0.01,\"l2\":0.02}}", -1).length - 1);
    }

    /** A minimal hand-written Keras-2 functional model.json, as the tensorflowjs converter writes one. */
    private static String functional(String extraLayer, String outputInput) {
        return "{\"format\":\"layers-model\",\"modelTopology\":{\"keras_version\":\"2.15.0\",\"backend\":\"tensorflow\",\"model_config\":"
                + "{\"class_name\":\"Functional\",\"config\":{\"name\":\"m\",\"layers\":["
                + "{\"class_name\":\"InputLayer\",\"name\":\"in\",\"config\":{\"batch_input_shape\":[null,2]},\"inbound_nodes\":[]},"
                + "{\"class_name\":\"Dense\",\"name\":\"d\",\"config\":{\"name\":\"d\",\"units\":2,\"activation\":\"linear\"},\"inbound_nodes\":[[[\"in\",0,0,{}]]]},"
                + extraLayer
                + "{\"class_name\":\"Add\",\"name\":\"add\",\"config\":{},\"inbound_nodes\":[[[\"in\",0,0,{}],[" + outputInput + ",0,0,{}]]]}],"
                + "\"input_layers\":[[\"in\",0,0]],\"output_layers\":[[\"add\",0,0]]}}},"
                + "\"weightsManifest\":[{\"paths\":[\"w.bin\"],\"weights\":[{\"name\":\"d/kernel\",\"shape\":[2,2],\"dtype\":\"float32\"},"
                + "{\"name\":\"d/bias\",\"shape\":[2],\"dtype\":\"float32\"}]}]}";
    }

    @Test
    void aConvertersFunctionalModelWithAnActivationLayerReadsAsAResidualBlock() {
        String json = functional("{\"class_name\":\"Activation\",\"name\":\"a\",\"config\":{\"activation\":\"tanh\"},\"inbound_nodes\":[[[\"d\",0,0,{}]]]},",
                "\"a\"");
        TfjsModel.Imported m = TfjsModel.read(json, new byte[24]);
        assertEquals("res(dense:2:tanh)", LayerSpec.listToText(m.model().spec.layers));
    }

    @Test
    void whatCannotBeReadIsSaidByName() {
        String conv = functional("{\"class_name\":\"Conv2D\",\"name\":\"conv\",\"config\":{},\"inbound_nodes\":[[[\"d\",0,0,{}]]]},", "\"conv\"");
        assertEquals("layer conv is a Conv2D, which the playground does not have (it reads Dense, BatchNormalization, "
                + "LayerNormalization, Dropout, Add, LeakyReLU and Activation)", message(conv, new byte[24]));
        String elu = functional("{\"class_name\":\"Activation\",\"name\":\"a\",\"config\":{\"activation\":\"elu\"},\"inbound_nodes\":[[[\"d\",0,0,{}]]]},",
                "\"a\"");
        assertTrue(message(elu, new byte[24]).startsWith("layer a uses the activation 'elu', which the playground does not have"));
        String ok = functional("", "\"d\"");
        assertEquals("the weights file is too short: 20 bytes, and model.json's weights need 24 (float32, 6 values)", message(ok, new byte[20]));
        assertEquals("the weights file group1-shard1of1.bin is missing (model.json needs it beside it)", message(ok, null));
        assertEquals("Dense layer d has no bias (use_bias false); the playground's Dense layers all have one",
                message(ok.replace("\"activation\":\"linear\"}", "\"activation\":\"linear\",\"use_bias\":false}"), new byte[24]));
        assertTrue(message(ok.replace("\"shape\":[2,2]", "\"shape\":[3,2]"), new byte[32])
                .equals("weight d/kernel has shape [3, 2] and its layer needs [2, 2]"));
        String bn = TfjsModel.write(model("bn,dense:1", 2), null).modelJson().replace("\"epsilon\":0.001", "\"epsilon\":0.00001");
        assertEquals("BatchNormalization layer batch_normalization has epsilon 0.00001; the playground's is Keras's default 0.001",
                message(bn, new byte[40]));
        assertEquals("not a TensorFlow.js Layers model (model.json has no \"modelTopology\")", message("{\"format\":\"x\"}", null));
    }

    private static String message(String json, byte[] bin) {
        return assertThrows(IllegalArgumentException.class, () -> TfjsModel.read(json, bin)).getMessage();
    }

    @Test
    void keras3sFunctionalFormReadsToo() {
        String tensor = "{\"class_name\":\"__keras_tensor__\",\"config\":{\"shape\":[null,2],\"dtype\":\"float32\",\"keras_history\":[\"%s\",0,0]}}";
        String json = "{\"modelTopology\":{\"class_name\":\"Functional\",\"config\":{\"name\":\"m\",\"layers\":["
                + "{\"class_name\":\"InputLayer\",\"name\":\"in\",\"config\":{\"batch_shape\":[null,2]},\"inbound_nodes\":[]},"
                + "{\"class_name\":\"Dense\",\"name\":\"d\",\"config\":{\"name\":\"d\",\"units\":2,\"activation\":\"relu\"},"
                + "\"inbound_nodes\":[{\"args\":[" + String.format(tensor, "in") + "],\"kwargs\":{}}]},"
                + "{\"class_name\":\"Add\",\"name\":\"add\",\"config\":{},\"inbound_nodes\":[{\"args\":[[" + String.format(tensor, "d") + ","
                + String.format(tensor, "in") + "]],\"kwargs\":{}}]}],"
                + "\"input_layers\":[\"in\",0,0],\"output_layers\":[\"add\",0,0]}},"
                + "\"weightsManifest\":[{\"paths\":[\"w.bin\"],\"weights\":[{\"name\":\"d/kernel\",\"shape\":[2,2]},{\"name\":\"d/bias\",\"shape\":[2]}]}]}";
        assertEquals("res(dense:2:relu)", LayerSpec.listToText(TfjsModel.read(json, new byte[24]).model().spec.layers));
    }

    @Test
    void malformedOrInconsistentGraphsAreRefusedWithAReason() {
        String cycle = functional("", "\"d\"").replace("\"inbound_nodes\":[[[\"in\",0,0,{}]]]}", "\"inbound_nodes\":[[[\"d\",0,0,{}]]]}");
        assertEquals("the model's layers do not lead from its input to its output (a cycle?)", message(cycle, new byte[24]));
        String garbage = functional("", "\"d\"").replace("\"layers\":[", "\"layers\":[7,");
        assertEquals("model.json is not in the form TensorFlow.js writes (a field has another type or shape than expected)",
                message(garbage, new byte[24]));
        // a skip Dense on a block that keeps the width: the playground's block would add the input itself
        String projection = "{\"modelTopology\":{\"class_name\":\"Model\",\"config\":{\"layers\":["
                + "{\"class_name\":\"InputLayer\",\"name\":\"in\",\"config\":{\"batch_input_shape\":[null,2]},\"inbound_nodes\":[]},"
                + "{\"class_name\":\"Dense\",\"name\":\"b\",\"config\":{\"units\":2,\"activation\":\"tanh\"},\"inbound_nodes\":[[[\"in\",0,0,{}]]]},"
                + "{\"class_name\":\"Dense\",\"name\":\"p\",\"config\":{\"units\":2,\"activation\":\"linear\"},\"inbound_nodes\":[[[\"in\",0,0,{}]]]},"
                + "{\"class_name\":\"Add\",\"name\":\"add\",\"config\":{},\"inbound_nodes\":[[[\"b\",0,0,{}],[\"p\",0,0,{}]]]}],"
                + "\"input_layers\":[[\"in\",0,0]],\"output_layers\":[[\"add\",0,0]]}},\"weightsManifest\":[{\"paths\":[\"w\"],\"weights\":["
                + "{\"name\":\"b/kernel\",\"shape\":[2,2]},{\"name\":\"b/bias\",\"shape\":[2]},"
                + "{\"name\":\"p/kernel\",\"shape\":[2,2]},{\"name\":\"p/bias\",\"shape\":[2]}]}]}";
        assertEquals("Add layer add adds Dense layer p on its skip path, but its block keeps the width (2); the playground's residual"
                + " blocks then add the input itself", message(projection, new byte[48]));
        String rms = TfjsModel.write(model("ln,dense:1", 2), null).modelJson().replace("\"center\":true", "\"rms_scaling\":true,\"center\":true");
        assertTrue(message(rms, new byte[24]).contains("uses rms_scaling"));
    }

    @Test
    void longChainsAndDeepNestsOfResidualBlocksReadInTimeProportionalToTheirSize() {
        String chain = String.join(",", java.util.Collections.nCopies(60, "res(dense:2:tanh)")) + ",dense:1:linear";
        String nest = "res(".repeat(40) + "dense:2:tanh" + ")".repeat(40) + ",dense:1:linear";
        for (String layers : new String[] {chain, nest}) {
            ModelFile m = model(layers, 2);
            TfjsModel.Imported back = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> roundTrip(m));
            assertEquals(layers, LayerSpec.listToText(back.model().spec.layers));
        }
    }
}
