package playground.web.playground.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/** The header: the presets, and which engine runs (WebAssembly or JavaScript) with the user's choice. */
public final class HeaderPanel implements Store.Listener {
    private final HTMLElement runtime = Dom.find("#runtime");
    private final HTMLElement note = Dom.find("#runtime-note");

    public HeaderPanel(Store store) {
        runtime.addEventListener("change", e -> store.dispatch(new Action.ChooseRuntime(Dom.value(runtime))));
        for (HTMLElement b : Dom.all("[data-preset]")) {
            b.addEventListener("click", e -> store.dispatch(new Action.ApplyQuery(b.getAttribute("data-preset"), Action.Address.PUSH)));
        }
        for (HTMLElement b : Dom.all("[data-preset-name]")) {
            b.addEventListener("click", e -> store.dispatch(new Action.Preset(b.getAttribute("data-preset-name"), false)));
        }
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!s.runtimeChoice.equals(Dom.value(runtime))) {
            Dom.setValue(runtime, s.runtimeChoice);
        }
        if (!s.runtimeNote.equals(note.getTextContent())) {
            note.setTextContent(s.runtimeNote);
        }
    }
}
