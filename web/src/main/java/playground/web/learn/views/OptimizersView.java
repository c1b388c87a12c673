package playground.web.learn.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Data;
import playground.web.learn.Formulas;
import playground.web.learn.LearnPage;
import playground.web.learn.Pointer;
import playground.web.learn.Race;
import playground.web.learn.Ui;
import playground.web.learn.View;

/** Five optimizers race on a 2-D surface from one start, which a click or a drag on the map moves. */
public final class OptimizersView extends View {
    /** The racers' rate boxes, as the engine's view names them (lr_…); momentum_ema is the primer's moving average. */
    private static final String[] OPTIMIZERS = {"sgd", "momentum", "momentum_ema", "adagrad", "rmsprop", "adam"};
    private static final String[] LABELS = {"SGD", "momentum (Keras)", "momentum (primer's average)", "Adagrad", "RMSprop", "Adam"};
    private final Race race = new Race("optimizer");
    private boolean busy;
    /** Where the pointer last asked the start to be, not yet sent. */
    private double[] wanted;

    public OptimizersView() {
        super("optimizers", "Optimizers",
                "Each optimizer turns the same gradient into a different step. Momentum averages past gradients and rolls "
                        + "through narrow valleys. Keras writes it m ← βm − ηg, w ← w + m; the primer writes a moving average "
                        + "v ← βv + (1−β)g, w ← w − ηv. They are the same steps at different rates: the average at η is Keras's "
                        + "at η·(1−β), so the primer's 0.05 is Keras's 0.005 at β = 0.9 (both race here, on one path). Adagrad shrinks the step of each coordinate by its gradient history; RMSprop uses a "
                        + "moving average instead, so it does not stall; Adam combines momentum with RMSprop's scaling and corrects the "
                        + "bias of its first steps.",
                "Compare the paths on the ill-conditioned bowl, then on the saddle."); // the engine's counted sentence replaces it
    }

    /** A start is a point on one surface's map: a new surface starts from its own. */
    @Override
    public List<String> resetBy(String key) {
        return key.equals("surface") ? List.of("x0", "y0") : List.of();
    }

    @Override
    public void build(HTMLElement root) {
        race.reset();
        root.appendChild(Ui.row(Ui.select("surface", "surface", Choices.of(Choices.SURFACES)),
                Ui.number("x0", "start x"), Ui.number("y0", "start y"), Ui.number("steps", "steps", "1", "2000", "1"),
                Ui.number("beta", "momentum β", "0", "0.99", "0.01"), Ui.number("rho", "RMSprop β", "0", "0.999", "0.01"),
                Ui.number("b1", "Adam β₁", "0", "0.999", "0.01"), Ui.number("b2", "Adam β₂", "0", "0.9999", "0.001")));
        HTMLElement racers = Ui.el("div", "class", "racers");
        for (int i = 0; i < OPTIMIZERS.length; i++) {
            racers.appendChild(Ui.number("lr_" + OPTIMIZERS[i], "η " + LABELS[i]));
        }
        root.appendChild(racers);
        root.appendChild(Race.buttons());
        root.appendChild(Ui.panels(
                Ui.panel("The surface (lighter is lower) and the paths", Ui.el("canvas", "id", "contour", "class", "plot", "role", "img",
                        "aria-label", "Contour map with each optimizer's path; click to move the start"), Ui.el("div", "id", "race-legend")),
                Ui.panel("Loss against steps", Ui.canvas("Loss of each optimizer against the step"), Ui.el("p", "id", "race-scale", "class", "note"),
                        Ui.scroll("race-table", "The race, step by step")),
                Ui.panel("Adam's update, as Keras computes it", Formulas.block(Formulas.ADAM,
                        "m becomes beta 1 m plus 1 minus beta 1 times g; v becomes beta 2 v plus 1 minus beta 2 times g squared; "
                                + "alpha equals eta times the root of 1 minus beta 2 to the t, over 1 minus beta 1 to the t; "
                                + "w becomes w minus alpha m over the root of v plus epsilon"),
                        Ui.el("p", "class", "note", "text", "The paper's Algorithm 1 (and TensorFlow.js) adds ε to the bias-corrected "
                                + "√v̂ instead: w ← w − η·m̂/(√v̂ + ε). The two differ only through ε; the playground's "
                                + "adam:0.9:0.999:paper computes that form."))));
        race.controls();
        // click or drag on the map to move the start; the race is recomputed as the pointer moves
        Pointer.drag(Dom.find("#contour"), 360, 360, (x, y, up) -> {
            double[] at = race.toData(x, y);
            if (at != null) {
                wanted = at; // the latest place wins: moves that come while a race is computed are not lost
                moveStart();
            }
        });
    }

    /** Sends the wanted start, one race at a time; the last place the finger or mouse reached is always run. */
    private void moveStart() {
        if (busy || wanted == null) {
            return;
        }
        double[] at = wanted;
        wanted = null;
        busy = true;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("x0", Browser.fixed(at[0], 2));
        m.put("y0", Browser.fixed(at[1], 2));
        LearnPage.current().change(m, false, () -> {
            busy = false;
            moveStart();
        });
    }

    @Override
    public void update(Map<String, Object> data) {
        List<Race.Racer> racers = new ArrayList<>();
        for (Map<String, Object> r : Data.maps(data.get("races"))) {
            racers.add(new Race.Racer(r, r.get("optimizer") + " (η " + Ui.num(Data.num(r.get("rate"))) + ")", null));
        }
        race.draw(data, racers);
    }

    @Override
    public void leave() {
        race.reset();
    }
}
