package playground.engine.spec;

import java.util.List;
import playground.engine.text.Tokens;

/**
 * What version 1 of the spec format meant, written in the newest version's words — the one place that knows it.
 * Version 1 (every link, JSON spec and saved experiment written until 2026-12-02) computed the primer's formulas
 * where Keras 3 differs; version 2 computes Keras's and names the primer's forms, so a version 1 spec upgraded here
 * trains exactly as it always did:
 *
 * <ul>
 *   <li>momentum and Nesterov: the moving average v ← βv + (1−β)g ({@code momentum:0.9:ema});</li>
 *   <li>Adagrad: accumulator from 0, ε outside the root ({@code adagrad:0:eps_outside});</li>
 *   <li>RMSprop: ε outside the root ({@code rmsprop:0.9:eps_outside});</li>
 *   <li>Adam: ε on the bias-corrected √v̂ ({@code adam:0.9:0.999:paper});</li>
 *   <li>leaky ReLU's slope 0.01 ({@code leaky_relu:0.01}); LeCun, Glorot and He normal as plain normals
 *       ({@code he_normal:untruncated}); {@code random_normal} with σ 1 ({@code random_normal:1});</li>
 *   <li>the learning rate 0.01 when unset, whatever the optimizer ({@code lr=0.01});</li>
 *   <li>early stopping's restore only on an early stop ({@code es=val_loss:10:0.001:restore:on_stop}).</li>
 * </ul>
 */
final class Version1 {
    private Version1() {
    }

    /** Version 1's learning rate when {@code lr} is unset. */
    static final String DEFAULT_RATE = "0.01";

    /** A version 1 spec as the same experiment in version {@code to} of the format. */
    static ExperimentSpec upgrade(ExperimentSpec v1, int to) {
        ExperimentSpec s = v1.withVersion(to);
        s = s.with("opt", optimizer(v1.get("opt")));
        s = s.with("lr", v1.get("lr").isEmpty() ? DEFAULT_RATE : v1.get("lr"));
        s = s.with("layers", LayerSpec.listToText(LayerSpec.parseList(v1.get("layers"), Version1::id)));
        return s.with("es", earlyStopping(v1.get("es")));
    }

    /** Version 1's optimizer, its formula spelled out. */
    static String optimizer(String text) {
        List<String> p = Ids.OPTIMIZERS.parts(text); // every number written or defaulted (the same defaults in both)
        switch (p.get(0)) {
            case "momentum":
            case "nesterov":
                return p.get(0) + ":" + p.get(1) + ":ema";
            case "adagrad":
                return "adagrad:0:eps_outside";
            case "rmsprop":
                return "rmsprop:" + p.get(1) + ":eps_outside";
            case "adam":
                return "adam:" + p.get(1) + ":" + p.get(2) + ":paper";
            default:
                return p.get(0);
        }
    }

    /** Version 1's activation or initializer as written in a layer ("leaky_relu", "he_normal"), spelled out. */
    static String id(String text) {
        List<String> p = Tokens.parts(text);
        switch (p.get(0)) {
            case "leaky_relu":
                return p.size() == 1 ? "leaky_relu:0.01" : text;
            case "random_normal":
                return p.size() == 1 ? "random_normal:1" : text;
            case "lecun_normal":
            case "glorot_normal":
            case "xavier_normal":
            case "he_normal":
                return p.contains("untruncated") ? text : text + ":untruncated";
            default:
                return text;
        }
    }

    /** Version 1's early stopping: a restore happens only on an early stop. */
    static String earlyStopping(String text) {
        List<String> p = Callbacks.parts("es", text);
        if (p.size() > 3 && p.get(3).equals("restore") && !p.get(4).equals("on_stop")) {
            return String.join(":", p.subList(0, 4)) + ":on_stop";
        }
        return text;
    }
}
