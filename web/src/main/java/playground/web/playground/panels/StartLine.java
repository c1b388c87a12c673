package playground.web.playground.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * Where the run's weights start: the spec's initializer, or an earlier run's weights (a remix: "Train on from
 * these weights" keeps what the network has learnt and lets the next settings — a smaller learning rate, another
 * optimizer, more epochs — carry on from there); and the way back to the spec's own start.
 */
public final class StartLine implements Store.Listener {
    private final HTMLElement remix = Dom.find("#remix");
    private final HTMLElement toSpec = Dom.find("#start-spec");

    public StartLine(Store store) {
        remix.addEventListener("click", e -> store.dispatch(new Action.StartFrom("trained")));
        toSpec.addEventListener("click", e -> store.dispatch(new Action.StartFrom("spec")));
    }

    /** Whether there are weights worth training on from: a run under way or done (not diverged), or weights set by hand. */
    static boolean canRemix(State s) {
        return s.prepared != null && !s.recorded && !s.run.diverged && (s.run.epoch > 0 || s.run.batch > 0 || s.weightEdits > 0);
    }

    private static boolean remixed(State s) {
        return s.prepared != null && s.prepared.startsFromWeights;
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (s.prepared == before.prepared && canRemix(s) == canRemix(before) && s.importedModel == before.importedModel) {
            return; // an epoch went by: nothing here changed
        }
        boolean remixed = remixed(s);
        Dom.text("#start-text", remixed && s.importedModel != null ? "Runs start from the imported model's weights (" + s.importedModel + ")."
                : remixed ? "Runs start from the weights an earlier run reached (a remix)."
                : "Runs start from fresh weights" + (s.prepared == null ? "." : " (weights seed " + s.prepared.spec.get("seed") + ")."));
        if (!remixed && Dom.hasFocus(toSpec)) {
            // the way back was pressed and goes away: focus to what comes next, not to the page
            Dom.find(canRemix(s) ? "#remix" : "#play").focus();
        }
        toSpec.setHidden(!remixed); // shown before the remix button is disabled, so focus can move to it
        Dom.setDisabled(remix, !canRemix(s));
    }
}
