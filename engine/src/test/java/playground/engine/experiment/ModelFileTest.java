package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.nn.Network;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.text.Json;

class ModelFileTest {
    @Test
    void aSavedModelPredictsExactlyTheSameAfterLoading() {
        ModelSpec spec = new ModelSpec(3, LayerSpec.parseList("bn,dense:5:leaky_relu:0.2:he_normal,res(dense:5:tanh),ln,dropout:0.3,dense:2:softmax"));
        Network net = spec.build(9);
        double[] x = {0.1, -2, 3, 4, 0.5, -0.25};
        double[] before = net.predict(x, 2);
        ModelFile loaded = ModelFile.fromJson(new ModelFile(spec, "cce", net).toJson());
        assertEquals("cce", loaded.loss);
        assertEquals(LayerSpec.listToText(spec.layers), LayerSpec.listToText(loaded.spec.layers));
        assertArrayEquals(before, loaded.network.predict(x, 2), 0.0);
    }

    @Test
    void aTruncatedFileSaysWhichParameterIsWrong() {
        ModelSpec spec = new ModelSpec(2, LayerSpec.parseList("dense:3:relu,dense:1"));
        String json = new ModelFile(spec, "mse", spec.build(1)).toJson();
        String broken = json.replaceFirst("(\"name\":\"bias\",\"shape\":\\[3\\],\"values\":\\[)[^,]*,", "$1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.fromJson(broken));
        assertEquals("parameter 2 (bias) has 2 values, the model needs 3", e.getMessage());
    }

    @Test
    void jsonErrorsNameThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": [1, 2}"));
        assertEquals("JSON: expected ',' or ']' at character 12", e.getMessage());
        assertEquals(Map.of("a", List.of(1.0, "x\"<"), "b", true), Json.parse(" {\"a\":[1,\"x\\\"\\u003c\"],\"b\":true} "));
        assertEquals("\"x\\\"\\u003c\"", Json.quote("x\"<"));
    }

    @Test
    void aVersion1ModelFileKeepsVersion1sLeakySlope() {
        ModelSpec spec = new ModelSpec(2, LayerSpec.parseList("dense:3:leaky_relu:0.01,dense:1"));
        String v2 = new ModelFile(spec, "mse", spec.build(1)).toJson();
        assertEquals(true, v2.contains("\"version\":2,") && v2.contains("\"layers\":\"dense:3:leaky_relu:0.01,dense:1:linear\""), v2);
        // version 1 wrote "leaky_relu" for its default slope 0.01; read in version 2's words it would be 0.2
        String v1 = v2.replace("\"version\":2,", "\"version\":1,").replace("leaky_relu:0.01", "leaky_relu");
        assertEquals("dense:3:leaky_relu:0.01,dense:1:linear", LayerSpec.listToText(ModelFile.fromJson(v1).spec.layers));
        assertEquals("dense:3:leaky_relu,dense:1:linear", LayerSpec.listToText(ModelFile.fromJson(
                v1.replace("\"version\":1,", "\"version\":2,")).spec.layers), "the same text in version 2: Keras's 0.2");
    }

    @Test
    void layerTextRoundTripsAndBadTextIsExplained() {
        String text = "bn,dense:100:relu,dropout:0.5,res(dense:8:leaky_relu:0.1:he_uniform:constant:0.1,ln),dense:1:linear";
        assertEquals(text, LayerSpec.listToText(LayerSpec.parseList(text)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerSpec.parseList("dense:8:relux"));
        assertEquals("unknown activation 'relux' (expected linear, sigmoid, tanh, relu, leaky_relu[:slope] or softmax)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LayerSpec.parseList("res(dense:8"));
    }
}
