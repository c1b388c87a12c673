package playground.web.playground.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.engine.text.Json;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/** Train / Pause / Resume (also the Space key), Step epoch, Step batch, Reset, and the epoch counter. */
public final class RunBar implements Store.Listener {
    private final HTMLElement play = Dom.find("#play");
    private final HTMLElement progress = Dom.find("#progress");

    public RunBar(Store store) {
        play.addEventListener("click", e -> store.dispatch(new Action.Play()));
        Browser.onSpace(() -> store.dispatch(new Action.Play()));
        Dom.onClick("#step-epoch", e -> store.dispatch(new Action.Step("epoch")));
        Dom.onClick("#step-batch", e -> store.dispatch(new Action.Step("batch")));
        Dom.onClick("#reset", e -> store.dispatch(new Action.Reset()));
        HTMLElement speed = Dom.find("#speed");
        speed.addEventListener("change", e -> store.dispatch(new Action.SetSpeed(Integer.parseInt(Dom.value(speed)))));
    }

    /** "Pause" while training; "Resume" part-way through a run; "Train" otherwise. */
    static String playLabel(State s) {
        if (s.training) {
            return "Pause";
        }
        return s.run.epoch > 0 && s.epochsLeft() && !s.recorded ? "Resume" : "Train";
    }

    @Override
    public void changed(State before, State s, Action a) {
        String label = playLabel(s);
        if (!label.equals(play.getTextContent())) {
            play.setTextContent(label);
        }
        if (s.run != before.run || s.prepared != before.prepared) {
            Dom.text("#epoch", Integer.toString(s.run.epoch));
            Dom.text("#batch-text", s.run.batch > 0 && !s.run.finished ? "batch " + s.run.batch + " / " + s.run.batches : "");
            java.util.Map<String, Object> log = s.run.last();
            Dom.text("#train-loss", log == null ? "–" : playground.web.page.Format.number((Double) log.get("loss")));
            Dom.text("#test-loss", s.run.testLoss == null ? "–" : playground.web.page.Format.number(s.run.testLoss));
            // with regularization the loss is the data's plus the weights' penalty: what the penalty costs, beside it
            boolean penalized = s.run.penalty != null && s.run.penalty > 0;
            Dom.text("#penalty", penalized ? "of which penalty " + playground.web.page.Format.number(s.run.penalty) : "");
            Dom.text("#epochs", Integer.toString(s.prepared != null ? s.prepared.epochs : 0));
            progress.setAttribute("value", Json.number(s.recorded ? 1 : s.run.fraction()));
        }
    }
}
