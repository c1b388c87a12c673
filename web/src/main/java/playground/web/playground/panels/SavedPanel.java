package playground.web.playground.panels;

import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Format;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * A short link's experiment: its title and when it was saved, Re-run, Delete (for whoever saved it, in this
 * browser), and after a re-run every number next to the recorded one, with whether they are identical.
 */
public final class SavedPanel implements Store.Listener {
    public SavedPanel(Store store) {
        Dom.onClick("#rerun", e -> store.dispatch(new Action.Rerun()));
        Dom.onClick("#delete-saved", e -> store.dispatch(new Action.DeleteSaved()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changed(State before, State s, Action a) {
        if (s.opened != before.opened && s.opened != null) {
            Map<String, Object> results = (Map<String, Object>) s.opened.get("results");
            Dom.find("#saved").setHidden(false);
            Dom.text("#saved-name", String.valueOf(s.opened.get("title")));
            Dom.text("#saved-when", "saved " + Browser.localDate(String.valueOf(s.opened.get("created")))
                    + (results.get("runtime") != null ? " · trained on " + results.get("runtime") : ""));
            Dom.find("#delete-saved").setHidden(Browser.stored("owner:" + s.opened.get("id")) == null);
        }
        if (s.comparison != before.comparison) {
            HTMLElement table = Dom.find("#rerun-compare");
            HTMLElement body = table.querySelector("tbody");
            body.setTextContent("");
            boolean identical = true;
            for (State.Compared c : s.comparison) {
                identical &= c.same();
                body.appendChild(Dom.with(Dom.el("tr"), Dom.el("td", "text", c.name),
                        Dom.el("td", "class", "num", "text", text(c.recorded)), Dom.el("td", "class", "num", "text", text(c.rerun)),
                        Dom.el("td", "text", c.same() ? "✓ identical" : "✗ differs")));
            }
            table.setHidden(s.comparison.isEmpty());
            if (!s.comparison.isEmpty()) {
                Dom.publish("rerun", identical ? "identical" : "different");
            }
        }
    }

    private static String text(Object v) {
        return v instanceof Double ? Format.number((Double) v) : v == null ? "–" : String.valueOf(v);
    }
}
