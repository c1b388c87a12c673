package playground.web.playground.panels;

import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The sections below the workspace. Wide: WAI-ARIA tabs (the open one in the tab order; arrow keys, Home and End
 * move between them and open the one they reach). Narrow (a phone): collapsible sections, each heading button right
 * above its panel with {@code aria-expanded}, any number open. The same buttons serve both: on the breakpoint they
 * move and change their role.
 */
public final class Tabs implements Store.Listener {
    /** Below this width the tabs are collapsible sections (as the stylesheet's phone layout). */
    static final int NARROW = 700;

    private final Store store;
    private final HTMLElement tablist = Dom.find("[role=tablist]");
    private final List<HTMLElement> tabs = Dom.all("[role=tab]");
    private boolean narrow;
    private final java.util.Set<String> expanded = new java.util.HashSet<>();

    public Tabs(Store store) {
        this.store = store;
        for (int i = 0; i < tabs.size(); i++) {
            HTMLElement t = tabs.get(i);
            int at = i;
            t.addEventListener("click", e -> {
                String tab = t.getAttribute("data-tab");
                if (narrow) {
                    if (!expanded.remove(tab)) {
                        expanded.add(tab);
                    }
                    render(store.state().tab);
                } else {
                    store.dispatch(new Action.ShowTab(tab));
                }
            });
            t.addEventListener("keydown", e -> {
                if (narrow) {
                    return; // disclosure buttons: Tab moves on, Enter and Space toggle
                }
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
        layout();
        Browser.onResize(this::layout);
    }

    /** Tabs or sections, as the width asks; the buttons move only when the breakpoint is crossed. */
    private void layout() {
        boolean n = Browser.windowWidth() <= NARROW;
        if (n == narrow && tablist.getAttribute("data-layout") != null) {
            return;
        }
        narrow = n;
        tablist.setAttribute("data-layout", narrow ? "sections" : "tabs");
        for (HTMLElement t : tabs) {
            HTMLElement panel = Dom.find("#" + t.getAttribute("aria-controls"));
            if (narrow) {
                panel.getParentNode().insertBefore(t, panel); // the heading right above its section
                t.removeAttribute("role");
                t.removeAttribute("aria-selected");
                t.removeAttribute("tabindex");
                t.setClassName("section-toggle");
                panel.removeAttribute("role");
            } else {
                tablist.appendChild(t);
                t.setAttribute("role", "tab");
                t.removeAttribute("aria-expanded");
                t.setClassName("");
                panel.setAttribute("role", "tabpanel");
            }
        }
        tablist.setHidden(narrow);
        render(store.state().tab);
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!s.tab.equals(before.tab)) {
            render(s.tab);
        }
    }

    private void render(String tab) {
        for (HTMLElement t : tabs) {
            String name = t.getAttribute("data-tab");
            boolean open = narrow ? expanded.contains(name) : name.equals(tab);
            if (narrow) {
                t.setAttribute("aria-expanded", open ? "true" : "false");
            } else {
                t.setAttribute("aria-selected", open ? "true" : "false");
                t.setAttribute("tabindex", open ? "0" : "-1");
            }
            Dom.find("#" + t.getAttribute("aria-controls")).setHidden(!open);
        }
    }
}
