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
    /** Each rate slider's min, max and step: the default well inside, and room to see the rate go wrong. */
    private static final String[][] RATE_RANGES = {{"0.001", "0.12", "0.001"}, {"0.0005", "0.05", "0.0005"},
        {"0.005", "0.5", "0.005"}, {"0.01", "2", "0.01"}, {"0.001", "0.5", "0.001"}, {"0.001", "1", "0.001"}};
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
                Ui.number("x0", "start x"), Ui.number("y0", "start y"), Ui.number("steps", "steps", "1", "2000", "1")));
        // sliders redraw the race as they move; the ranges hold each default and the rates where it goes wrong
        HTMLElement racers = Ui.el("div", "class", "racers");
        for (int i = 0; i < OPTIMIZERS.length; i++) {
            racers.appendChild(Ui.slider("lr_" + OPTIMIZERS[i], "η " + LABELS[i], RATE_RANGES[i][0], RATE_RANGES[i][1], RATE_RANGES[i][2]));
        }
        racers.appendChild(Ui.slider("beta", "momentum β", "0", "0.99", "0.01"));
        racers.appendChild(Ui.slider("rho", "RMSprop ρ", "0", "0.999", "0.001"));
        racers.appendChild(Ui.slider("b1", "Adam β₁", "0", "0.99", "0.01"));
        racers.appendChild(Ui.slider("b2", "Adam β₂", "0.9", "0.9999", "0.0001"));
        root.appendChild(racers);
        root.appendChild(Race.buttons());
        root.appendChild(Ui.panels(
                Ui.panel("The surface (lighter is lower) and the paths", Ui.el("canvas", "id", "contour", "class", "plot", "role", "img",
                        "aria-label", "Contour map with each optimizer's path; click to move the start"), Ui.el("div", "id", "race-legend")),
                Ui.panel("Loss against steps", Ui.canvas("Loss of each optimizer against the step"), Ui.el("p", "id", "race-scale", "class", "note"),
                        Ui.scroll("race-table", "The race, step by step")),
                Ui.wide(Ui.panel("Each update, as the playground computes it (Keras's form); g is the gradient",
                        Ui.with(Ui.el("div", "class", "updates"), update("SGD", Formulas.SGD, "w becomes w minus eta g", null),
                        update("Momentum (Keras)", Formulas.MOMENTUM, "m becomes beta m minus eta g; w becomes w plus m",
                                "Keras keeps a velocity m of steps already scaled by η."),
                        update("Momentum (the primer's moving average)", Formulas.MOMENTUM_EMA,
                                "v becomes beta v plus 1 minus beta times g; w becomes w minus eta v",
                                "The same steps as Keras's at the rate η·(1−β): at β = 0.9 the primer's 0.05 is Keras's 0.005, "
                                        + "which is why the two paths lie on each other at the defaults."),
                        update("Adagrad", Formulas.ADAGRAD, "G becomes G plus g squared; w becomes w minus eta g over the root of G plus epsilon",
                                "G is the sum of every squared gradient so far, started at 0.1 (Keras's initial_accumulator_value); "
                                        + "ε = 1e-7. The primer writes ε outside the root, w ← w − η·g/(√G + ε), and starts G at 0: "
                                        + "the playground's adagrad:0:eps_outside."),
                        update("RMSprop", Formulas.RMSPROP, "v becomes rho v plus 1 minus rho times g squared; "
                                + "w becomes w minus eta g over the root of v plus epsilon",
                                "A moving average of squared gradients instead of their sum, so the step does not shrink for ever; "
                                        + "ε = 1e-7 inside the root, as Keras has it. The primer writes w ← w − η·g/(√v + ε): "
                                        + "the playground's rmsprop:0.9:eps_outside."),
                        update("Adam", Formulas.ADAM,
                                "m becomes beta 1 m plus 1 minus beta 1 times g; v becomes beta 2 v plus 1 minus beta 2 times g squared; "
                                        + "alpha equals eta times the root of 1 minus beta 2 to the t, over 1 minus beta 1 to the t; "
                                        + "w becomes w minus alpha m over the root of v plus epsilon",
                                "The paper's Algorithm 1 (and TensorFlow.js) adds ε to the bias-corrected √v̂ instead: "
                                        + "w ← w − η·m̂/(√v̂ + ε). The two differ only through ε; the playground's "
                                        + "adam:0.9:0.999:paper computes that form."))))));
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

    /** One optimizer's update: its name, its formula and, where the primer or the paper writes it otherwise, how. */
    private static HTMLElement update(String name, String[] formula, String spoken, String note) {
        HTMLElement box = Ui.el("div", "class", "update");
        box.appendChild(Ui.el("h4", "text", name));
        box.appendChild(Formulas.block(formula, spoken));
        if (note != null) {
            box.appendChild(Ui.el("p", "class", "note", "text", note));
        }
        return box;
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
