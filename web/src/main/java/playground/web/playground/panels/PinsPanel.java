package playground.web.playground.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.page.Format;
import playground.web.playground.Action;
import playground.web.playground.Pins;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * Compare runs: "Pin this run" keeps the run's curves on the loss chart; each pin says what differs from the
 * current settings and restores them with one click. The list is patched: a pin's row is made once, its text
 * updated as the settings change, so focus on a pin's button stays; a removed pin hands focus to its neighbour.
 */
public final class PinsPanel implements Store.Listener {
    private final Store store;
    private final HTMLElement list = Dom.find("#pins");

    public PinsPanel(Store store) {
        this.store = store;
        Dom.onClick("#pin-run", e -> store.dispatch(new Action.PinRun()));
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (s.pins == before.pins && s.prepared == before.prepared && s.run == before.run) {
            return;
        }
        Dom.setDisabled(Dom.find("#pin-run"), s.run.history.isEmpty() || s.pins.size() >= Pins.MAX);
        for (HTMLElement row : Dom.all("#pins li")) { // pins removed: their rows go (focus moves to a neighbour first)
            int n = Integer.parseInt(row.getAttribute("data-pin"));
            if (s.pins.stream().noneMatch(p -> p.number() == n)) {
                boolean focused = Dom.focusedLabel(row) != null;
                HTMLElement next = (HTMLElement) (row.getNextSibling() != null ? row.getNextSibling() : row.getPreviousSibling());
                list.removeChild(row);
                if (focused) { // the next pin's Remove, else the Pin button: not the page
                    (next != null ? next.querySelector("[data-unpin]") : Dom.find("#pin-run")).focus();
                }
            }
        }
        for (Pins.Pin p : s.pins) {
            HTMLElement row = list.querySelector("li[data-pin='" + p.number() + "']");
            if (row == null) {
                row = row(p);
                list.appendChild(row);
            }
            java.util.Map<String, Object> last = p.history().get(p.history().size() - 1);
            row.querySelector(".pin-text").setTextContent("Pin " + p.number() + " (loss " + Format.number((Double) last.get("loss"))
                    + (last.get("val_loss") instanceof Double ? ", val_loss " + Format.number((Double) last.get("val_loss")) : "")
                    + "): " + (s.prepared == null ? "" : Pins.diff(p.spec(), s.prepared.spec)));
        }
        list.setHidden(s.pins.isEmpty());
    }

    private HTMLElement row(Pins.Pin p) {
        HTMLElement restore = Dom.el("button", "type", "button", "class", "secondary", "text", "Restore",
                "aria-label", "Restore the settings of pin " + p.number());
        restore.addEventListener("click", e -> store.dispatch(new Action.ApplyQuery(p.query(), Action.Address.PUSH)));
        HTMLElement remove = Dom.el("button", "type", "button", "class", "quiet", "text", "Remove", "data-unpin", "",
                "aria-label", "Remove pin " + p.number());
        remove.addEventListener("click", e -> store.dispatch(new Action.Unpin(p.number())));
        return Dom.with(Dom.el("li", "data-pin", Integer.toString(p.number())), Dom.el("span", "class", "pin-text"), restore, remove);
    }
}
