package playground.web.playground.panels;

import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The tabs below the workspace (WAI-ARIA tabs: the open one in the tab order, arrow keys, Home and End move
 * between them and open the one they reach).
 */
public final class Tabs implements Store.Listener {
    private final List<HTMLElement> tabs = Dom.all("[role=tab]");

    public Tabs(Store store) {
        for (int i = 0; i < tabs.size(); i++) {
            HTMLElement t = tabs.get(i);
            int at = i;
            t.addEventListener("click", e -> store.dispatch(new Action.ShowTab(t.getAttribute("data-tab"))));
            t.addEventListener("keydown", e -> {
                String key = ((KeyboardEvent) e).getKey();
                int next = key.equals("ArrowRight") ? at + 1 : key.equals("ArrowLeft") ? at - 1
                        : key.equals("Home") ? 0 : key.equals("End") ? tabs.size() - 1 : -2;
                if (next == -2) {
                    return;
                }
                e.preventDefault();
                HTMLElement to = tabs.get((next + tabs.size()) % tabs.size());
                store.dispatch(new Action.ShowTab(to.getAttribute("data-tab")));
                to.focus();
            });
        }
        show(store.state().tab);
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!s.tab.equals(before.tab)) {
            show(s.tab);
        }
    }

    private void show(String tab) {
        for (HTMLElement t : tabs) {
            boolean open = t.getAttribute("data-tab").equals(tab);
            t.setAttribute("aria-selected", open ? "true" : "false");
            t.setAttribute("tabindex", open ? "0" : "-1");
            Dom.find("#" + t.getAttribute("aria-controls")).setHidden(!open);
        }
    }
}
