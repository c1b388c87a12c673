package playground.web.playground.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/** The one-line status (a polite live region), the notices that need attention (an alert), and "ready". */
public final class StatusPanel implements Store.Listener {
    private final HTMLElement status = Dom.find("#status");
    private final HTMLElement notices = Dom.find("#notices");

    @Override
    public void changed(State before, State s, Action a) {
        if (!s.status.equals(status.getTextContent())) {
            status.setTextContent(s.status);
        }
        if (before.notices != s.notices) {
            notices.setTextContent("");
            for (String n : s.notices) {
                notices.appendChild(Dom.el("p", "text", n));
            }
            notices.setHidden(s.notices.isEmpty());
        }
        if (s.ready && !before.ready) {
            Dom.publish("ready", "true");
        }
    }
}
