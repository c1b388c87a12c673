package playground.engine.spec;

import java.util.List;
import playground.engine.text.Numbers;
import playground.engine.text.Tokens;
import playground.engine.train.BestCheckpoint;
import playground.engine.train.Callback;
import playground.engine.train.EarlyStopping;
import playground.engine.train.ReduceLrOnPlateau;

/** The spec's callback settings ("es", "rlr", "ckpt") as callbacks; "off" gives none. */
public final class Callbacks {
    private Callbacks() {
    }

    /** Each callback's parts in their written order, for the page's switch and controls ("on" fills the defaults). */
    public static final java.util.Map<String, List<Param>> PARTS = java.util.Map.of(
            "es", List.of(Param.choice("monitor", "val_loss", "val_loss", "loss").required(),
                    Param.integer("patience", "10", 0, 1e6).required(), Param.number("min_delta", "0.001", 0, 1e9).required(),
                    Param.flag("restore the best weights", "restore"),
                    Param.flag("only on an early stop (version 1's)", "on_stop").legacy()),
            "rlr", List.of(Param.choice("monitor", "val_loss", "val_loss", "loss").required(),
                    Param.number("factor", "0.1", 0, 1).required(), Param.integer("patience", "5", 0, 1e6).required(),
                    Param.number("min_lr", "1e-7", 0, 1e6).required(), Param.number("min_delta", "0.0001", 0, 1e9)),
            "ckpt", List.of(Param.choice("monitor", "val_loss", "val_loss", "loss").required(),
                    Param.flag("restore the best weights", "restore")));

    /**
     * A callback setting as its parts, every one filled in: [] for "off"; "on" as its defaults; a flag as its word
     * or "". What the page's controls show.
     */
    public static List<String> parts(String key, String text) {
        if (text.equals("off")) {
            return List.of();
        }
        String t = text.equals("on") ? (key.equals("es") ? EARLY_STOPPING_DEFAULT : key.equals("rlr") ? REDUCE_LR_DEFAULT
                : CHECKPOINT_DEFAULT) : text;
        List<String> given = Tokens.parts(t);
        List<String> out = new java.util.ArrayList<>();
        List<Param> declared = PARTS.get(key);
        for (int i = 0; i < declared.size(); i++) {
            out.add(i < given.size() ? given.get(i) : declared.get(i).kind == Param.Kind.FLAG ? "" : declared.get(i).fallback);
        }
        return out;
    }

    /** What "on" means: the walkthrough's settings. */
    public static final String EARLY_STOPPING_DEFAULT = "val_loss:10:0.001";
    public static final String REDUCE_LR_DEFAULT = "val_loss:0.1:5:1e-7";
    public static final String CHECKPOINT_DEFAULT = "val_loss:restore";

    /**
     * es: "monitor:patience:min_delta[:restore[:on_stop]]" (restore: the best weights at the end, as Keras 3;
     * on_stop: only when it stops early, version 1's rule); rlr: "monitor:factor:patience:min_lr[:min_delta]";
     * ckpt: "monitor[:restore]"; "on" for the walkthrough's settings. Returns null for "off".
     */
    public static Callback parse(String key, String text) {
        if (text.equals("off")) {
            return null;
        }
        if (text.equals("on")) {
            text = key.equals("es") ? EARLY_STOPPING_DEFAULT : key.equals("rlr") ? REDUCE_LR_DEFAULT : CHECKPOINT_DEFAULT;
        }
        List<String> p = Tokens.parts(text);
        switch (key) {
            case "es":
                need(p, 3, text, "monitor:patience:min_delta[:restore]");
                return new EarlyStopping(p.get(0), Numbers.parse(p.get(2)), Integer.parseInt(p.get(1)),
                        p.size() > 3 && p.get(3).equals("restore"), p.size() > 4 && p.get(4).equals("on_stop"));
            case "rlr":
                need(p, 4, text, "monitor:factor:patience:min_lr[:min_delta]");
                return new ReduceLrOnPlateau(p.get(0), Numbers.parse(p.get(1)), Integer.parseInt(p.get(2)),
                        Numbers.parse(p.get(3)), p.size() > 4 ? Numbers.parse(p.get(4)) : 1e-4, 0);
            case "ckpt":
                return new BestCheckpoint(p.get(0), "auto", p.size() > 1 && p.get(1).equals("restore"));
            default:
                throw new IllegalArgumentException("unknown callback setting '" + key + "'");
        }
    }

    private static void need(List<String> p, int n, String text, String format) {
        if (p.size() < n) {
            throw new IllegalArgumentException("'" + text + "' should be " + format + " or off");
        }
    }
}
