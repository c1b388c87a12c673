package playground.web.playground;

import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Datasets;
import playground.web.playground.panels.DataPanel;
import playground.web.playground.panels.Hints;
import playground.web.playground.panels.GrammarControls;
import playground.web.playground.panels.HeaderPanel;
import playground.web.playground.panels.Sliders;
import playground.web.playground.panels.ModelPanel;
import playground.web.playground.panels.NetworkPanel;
import playground.web.playground.panels.ResultsPanel;
import playground.web.playground.panels.RunBar;
import playground.web.playground.panels.SavedPanel;
import playground.web.playground.panels.SharePanel;
import playground.web.playground.panels.SpecForm;
import playground.web.playground.panels.StatusPanel;
import playground.web.playground.panels.Tabs;
import playground.web.playground.panels.TunePanel;

/**
 * The playground page (/, and a short link /x/{id}): one store, the panels that render it, and the effects that
 * reach the engine worker, the server and the address bar. Start-up: the dataset catalog, the engine on the chosen
 * runtime, then the spec in the address (or the saved experiment the page names).
 */
public final class PlaygroundPage {
    /**
     * The first screen without a spec in the address: TensorFlow Playground's start (the circle, two small tanh
     * layers) with its learning rate written out, so a later change of a default cannot change the first screen.
     */
    static final String FIRST_SPEC = "v=2&data=circle&layers=dense:4:tanh,dense:2:tanh&lr=0.03&epochs=100";

    private final Store store = new Store();

    public void start() {
        Effects effects = new Effects(store);
        Exports exports = new Exports(store, effects);
        Sharing sharing = new Sharing(store, effects, exports);
        // panels first: an effect's outcome is rendered before the next effect reads the page
        store.subscribe(new StatusPanel());
        store.subscribe(new HeaderPanel(store));
        store.subscribe(new DataPanel(store));
        store.subscribe(new SpecForm(store));
        store.subscribe(new GrammarControls(store));
        store.subscribe(new Sliders(store));
        store.subscribe(new ModelPanel(store));
        NetworkPanel network = new NetworkPanel(store);
        store.subscribe(network);
        store.subscribe(new RunBar(store));
        store.subscribe(new playground.web.playground.panels.StartLine(store));
        store.subscribe(new playground.web.playground.panels.QuickSettings(store));
        store.subscribe(new ResultsPanel(store, network));
        store.subscribe(new Tabs(store));
        Hints.install();
        store.subscribe(new TunePanel(store, GridRunner.defaultWorkers()));
        store.subscribe(new SharePanel(store));
        store.subscribe(new SavedPanel(store));
        store.subscribe(new playground.web.playground.panels.PinsPanel(store));
        store.subscribe(effects);
        TuneLock tuning = new TuneLock();
        store.subscribe(new GridRunner(store, effects, tuning));
        store.subscribe(new SearchRunner(store, effects, tuning));
        store.subscribe(exports);
        store.subscribe(new ModelImport(store, effects));
        store.subscribe(sharing);
        Browser.onPopState(() -> store.dispatch(new Action.Navigated(SpecUrl.spec(Browser.query()))));
        store.dispatch(new Action.Say("Starting the engine…"));
        Datasets.catalog(catalog -> {
            store.dispatch(new Action.CatalogLoaded(catalog));
            effects.startEngine(Effects.chosenRuntime(), () -> {
                HTMLElement saved = Dom.document().querySelector("meta[name=\"experiment-id\"]");
                if (saved != null) {
                    sharing.open(saved.getAttribute("content"));
                } else {
                    String spec = SpecUrl.spec(Browser.query());
                    Effects.Then ready = () -> store.dispatch(new Action.Ready());
                    effects.apply(spec.isEmpty() ? FIRST_SPEC : spec, Action.Address.REPLACE, ready, ready);
                }
            });
        }, effects::couldNotStart);
    }
}
