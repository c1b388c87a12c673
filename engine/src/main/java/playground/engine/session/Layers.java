package playground.engine.session;

import java.util.List;
import playground.engine.spec.LayerSpec;
import playground.engine.text.Json;

/**
 * The hidden layers of a spec as the page's layer editor shows them, parsed by the engine's one layer grammar so
 * that the page never parses layer text itself: per layer its kind, its text, and the parts the editor edits.
 */
final class Layers {
    private Layers() {
    }

    /** [{"kind":"dense","text":"dense:8:tanh","units":8,"activation":"tanh","init":"glorot_uniform"}, …]. */
    static String json(String layersText) {
        List<LayerSpec> layers = LayerSpec.parseList(layersText);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec l = layers.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"kind\":").append(Json.quote(l.kindId()))
                    .append(",\"text\":").append(Json.quote(l.toText()));
            switch (l.type) {
                case DENSE:
                    sb.append(",\"units\":").append(l.units).append(",\"activation\":").append(Json.quote(l.activation.id()))
                            .append(",\"init\":").append(Json.quote(l.kernelInit.id()))
                            .append(",\"bias_init\":").append(Json.quote(l.biasInit.id()));
                    break;
                case DROPOUT:
                    sb.append(",\"rate\":").append(Json.number(l.rate));
                    break;
                case RESIDUAL:
                    sb.append(",\"inner\":").append(Json.quote(LayerSpec.listToText(l.block)));
                    break;
                default:
                    break;
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }
}
