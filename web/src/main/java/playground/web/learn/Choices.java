package playground.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The choices the views offer, with the engine's labels (from its grammar): a view only picks which ids it offers
 * and with which parameters.
 */
public final class Choices {
    private Choices() {
    }

    private static List<Map<String, Object>> family(String name) {
        return Data.maps(Data.map(LearnPage.current().grammar().get("families")).get(name));
    }

    /** The label of an id ("he_normal:…" → "He normal"). */
    public static String label(String family, String id) {
        String base = id.indexOf(':') >= 0 ? id.substring(0, id.indexOf(':')) : id;
        for (Map<String, Object> c : family(family)) {
            if (base.equals(c.get("id"))) {
                return (String) c.get("label");
            }
        }
        return id;
    }

    /** The scalar activations (softmax needs a vector); leaky ReLU with {@code leakySlope} when one is given. */
    public static List<String[]> activations(String leakySlope) {
        List<String[]> out = new ArrayList<>();
        for (Map<String, Object> c : family("activations")) {
            String id = (String) c.get("id");
            String label = (String) c.get("label");
            if (id.equals("softmax")) {
                continue;
            }
            out.add(id.equals("leaky_relu") && leakySlope != null ? Ui.choice(id + ":" + leakySlope, label + " (" + leakySlope + ")")
                    : Ui.choice(id, label));
        }
        return out;
    }

    /** The schemes the initialization view compares: random normal at three σ, then the fan-scaled families. */
    public static List<String[]> schemes() {
        List<String[]> out = new ArrayList<>();
        out.add(Ui.choice("random_normal:1", label("initializers", "random_normal") + " (σ = 1)"));
        out.add(Ui.choice("random_normal", label("initializers", "random_normal") + " (σ = 0.05, Keras default)"));
        out.add(Ui.choice("random_normal:0.01", label("initializers", "random_normal") + " (σ = 0.01)"));
        for (Map<String, Object> c : family("initializers")) {
            String id = (String) c.get("id");
            if (id.startsWith("lecun_") || id.startsWith("glorot_") || id.startsWith("he_")) {
                out.add(Ui.choice(id, (String) c.get("label")));
            }
        }
        return out;
    }

    public static List<String[]> of(String... valueTextPairs) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < valueTextPairs.length; i += 2) {
            out.add(Ui.choice(valueTextPairs[i], valueTextPairs[i + 1]));
        }
        return out;
    }

    public static final String[] SURFACES = {"bowl", "ill-conditioned bowl", "rosenbrock", "Rosenbrock valley", "saddle",
        "saddle point", "two-minima", "local and global minimum", "plateau", "plateau"};
}
