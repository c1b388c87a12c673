package playground.web.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.learn.views.BatchView;
import playground.web.learn.views.ImbalanceView;
import playground.web.learn.views.MatrixView;
import playground.web.learn.views.ResidualView;
import playground.web.learn.views.ActivationsView;
import playground.web.learn.views.InitView;
import playground.web.learn.views.LearningRateView;
import playground.web.learn.views.LossesView;
import playground.web.learn.views.NetworkView;
import playground.web.learn.views.NeuronView;
import playground.web.learn.views.OptimizersView;
import playground.web.learn.views.RegularizationView;
import playground.web.page.Datasets;
import playground.web.page.EngineClient;
import playground.web.page.Status;
import playground.web.protocol.Kind;

/**
 * The Learn views ({@code /learn/{view}?…}, compact for iframes at {@code /embed/learn/{view}?…}). Every number
 * comes from the engine in a worker (Learn.view: the same activations, losses, optimizers and layers that train
 * real networks); the views lay them out as text, tables and plots. A view's settings live in the address.
 */
public final class LearnPage {
    private static LearnPage current;

    /** The primer's order: the neuron and back-propagation, initialization, the learning rate, optimizers, activations, losses, regularization. */
    private final List<View> views = List.of(new NeuronView(), new NetworkView(), new MatrixView(), new InitView(),
            new LearningRateView(), new OptimizersView(), new BatchView(), new ActivationsView(), new LossesView(),
            new RegularizationView(), new ResidualView(), new ImbalanceView());
    private EngineClient engine;
    private View view;
    private Params params = new Params();
    private Map<String, Object> data = new LinkedHashMap<>();
    private boolean embedded;
    private List<Map<String, Object>> catalog = new ArrayList<>();
    private Map<String, Object> grammar;
    private String loadedData;

    public static LearnPage current() {
        return current;
    }

    public void start() {
        current = this;
        embedded = Browser.path().startsWith("/embed/");
        if (embedded) {
            Dom.document().getBody().getClassList().add("embedded");
        }
        Dom.find("#open-full").setHidden(!embedded);
        HTMLElement menu = Dom.find("#learn-menu");
        for (int i = 0; i < views.size(); i++) {
            View v = views.get(i);
            HTMLElement a = Ui.el("a", "href", viewUrl(v.id, ""), "data-view", v.id, "text", (i + 1) + ". " + v.title);
            a.addEventListener("click", e -> {
                e.preventDefault();
                Browser.pushAddress(viewUrl(v.id, ""));
                show(v.id);
            });
            menu.appendChild(a);
        }
        Status.show("Starting the engine…");
        Datasets.catalog(entries -> {
            catalog = entries;
            engine = new EngineClient(Browser.wasmGcSupported() ? "wasm" : "js");
            engine.request(Kind.SETTINGS, new Object[0], (settings, ms) -> {
                grammar = Data.map(settings);
                Browser.onPopState(() -> show(viewId()));
                Browser.onResize(() -> {
                    if (view != null && !data.isEmpty()) {
                        view.update(data);
                    }
                });
                show(viewId(), () -> Dom.publish("ready", "true"));
            }, this::couldNotStart);
        }, this::couldNotStart);
    }

    private void couldNotStart(String message) {
        notices(List.of("The page could not start: " + message));
        Status.show("The page could not start: " + message);
    }

    public EngineClient engine() {
        return engine;
    }

    public Params params() {
        return params;
    }

    public Map<String, Object> grammar() {
        return grammar;
    }

    public List<Map<String, Object>> catalog() {
        return catalog;
    }

    public Map<String, Object> data() {
        return data;
    }

    public boolean staticSite() {
        return Datasets.staticSite();
    }

    private void show(String id) {
        show(id, () -> { });
    }

    private void show(String id, Runnable then) {
        if (view != null) {
            view.leave();
        }
        View found = null;
        for (View v : views) {
            if (v.id.equals(id)) {
                found = v;
            }
        }
        HTMLElement root = Dom.find("#view");
        if (found == null) { // the server answers 404 for these; a static copy of the site lands here
            view = null;
            root.setTextContent("");
            root.appendChild(Ui.el("h2", "text", "No such view"));
            root.appendChild(Ui.el("p", "text", "There is no Learn view '" + id + "'. Choose one from the menu."));
            Dom.document().setTitle("Not found — Learn — Backprop Playground");
            Status.show("There is no Learn view '" + id + "'.");
            then.run();
            return;
        }
        view = found;
        root.setTextContent("");
        Dom.document().setTitle(view.title + " — Learn — Backprop Playground");
        root.appendChild(Ui.el("h2", "text", view.title));
        root.appendChild(Ui.el("p", "class", "intro", "text", view.intro));
        root.appendChild(Ui.el("p", "id", "try-this", "class", "try", "text", "Try this: " + view.tryThis));
        view.build(root);
        NodeList<? extends HTMLElement> links = Dom.document().querySelectorAll("#learn-menu a");
        for (int i = 0; i < links.getLength(); i++) {
            HTMLElement a = links.get(i);
            if (view.id.equals(a.getAttribute("data-view"))) {
                a.setAttribute("aria-current", "page");
            } else {
                a.removeAttribute("aria-current");
            }
        }
        params = Params.parse(Browser.query());
        params.delete("view");
        first(new ArrayList<>(), () -> {
            Dom.find("#open-full").setAttribute("href", "/learn/" + view.id + "?" + params);
            then.run();
        });
    }

    /**
     * The view's first numbers. A setting in the address that the engine refuses (a mistyped link) is left out, so
     * the view still draws, with that setting's default, and the notice names it and why; the others are kept.
     */
    private void first(List<String> ignored, Runnable then) {
        View shown = view;
        compute(result -> {
            if (shown == view) {
                accepted(result, false);
                notices(ignored);
            }
            then.run();
        }, message -> {
            if (shown != view) {
                then.run();
                return;
            }
            List<String> keys = new ArrayList<>(params.values().keySet());
            keys.remove("stage");
            if (keys.isEmpty()) { // the defaults themselves failed: nothing to leave out
                notices(List.of(message));
                then.run();
                return;
            }
            without(keys, 0, message, ignored, then);
        });
    }

    /** Tries the address without its {@code i}th setting, then the next; without any one, the view's defaults. */
    private void without(List<String> keys, int i, String message, List<String> ignored, Runnable then) {
        if (i >= keys.size()) { // more than one setting is wrong
            ignored.add("The link's settings could not all be used (" + message + "), so the view shows its defaults.");
            String stage = params.get("stage");
            params = new Params();
            if (stage != null) {
                params.set("stage", stage);
            }
            first(ignored, then);
            return;
        }
        Params before = params.copy();
        String key = keys.get(i);
        String value = params.get(key);
        params.delete(key);
        View shown = view;
        compute(result -> {
            if (shown == view) {
                ignored.add("Ignored " + key + "=" + value + " from the link: " + message + ". It takes its default.");
                accepted(result, false);
                notices(ignored);
            }
            then.run();
        }, m -> {
            params = before;
            without(keys, i + 1, message, ignored, then);
        });
    }

    /** The engine's numbers for the current settings: the address, the controls and the view follow them. */
    private void accepted(Map<String, Object> result, boolean push) {
        data = result;
        if (result.get("tryThis") != null) { // the engine's sentence, built from facts it computed (Claims)
            Dom.text("#try-this", "Try this: " + result.get("tryThis"));
        }
        String url = viewUrl(view.id, params.toString());
        if (push) {
            Browser.pushAddress(url);
        } else {
            Browser.replaceAddress(url);
        }
        syncControls();
        view.update(data);
        Dom.publish("query", params.toString());
        Status.show(view.title + ": updated.");
    }

    /** One setting changed (a control's new value). */
    public void change(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(key, value);
        change(m, false, () -> { });
    }

    /**
     * Applies {@code updates} and asks the engine for the view's numbers; on an error the settings go back to what
     * they were and the message is shown. {@code push} makes a new history entry (presets), else the address is
     * replaced.
     */
    public void change(Map<String, String> updates, boolean push, Runnable then) {
        Params before = params.copy();
        View shown = view;
        List<String> resets = new ArrayList<>();
        for (Map.Entry<String, String> e : updates.entrySet()) {
            if (!e.getValue().equals(params.get(e.getKey()))) {
                resets.addAll(view.resetBy(e.getKey()));
            }
            params.set(e.getKey(), e.getValue());
        }
        for (String k : resets) {
            if (!updates.containsKey(k)) { // a preset that sets the surface and its start keeps its start
                params.delete(k); // the engine fills in the default that goes with the new value
            }
        }
        compute(result -> {
            if (shown != view) {
                return; // the view was left meanwhile
            }
            notices(List.of());
            accepted(result, push);
            then.run();
        }, message -> {
            params = before;
            notices(List.of(message));
            syncControls();
            then.run();
        });
    }

    private interface Computed {
        void computed(Map<String, Object> data);
    }

    private void compute(Computed done, EngineClient.Failed failed) {
        Params query = params.copy();
        query.delete("view");
        query.delete("stage");
        Map<String, String> page = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : view.pageKeys().entrySet()) {
            String v = params.get(e.getKey());
            page.put(e.getKey(), v == null || v.isEmpty() ? e.getValue() : v);
            query.delete(e.getKey());
        }
        String stage = params.get("stage");
        engine.request(Kind.LEARN, new Object[] {view.id, query.toString()}, (result, ms) -> {
            Map<String, Object> d = Data.map(result);
            params = Params.parse((String) d.get("query"));
            if (stage != null) {
                params.set("stage", stage);
            }
            for (Map.Entry<String, String> e : page.entrySet()) {
                params.set(e.getKey(), e.getValue()); // the page's own settings (datasets, training runs)
            }
            done.computed(d);
        }, failed);
    }

    /** The controls show the current settings (not the one being typed in). */
    public void syncControls() {
        NodeList<? extends HTMLElement> inputs = Dom.document().querySelectorAll("[data-learn]");
        for (int i = 0; i < inputs.getLength(); i++) {
            HTMLElement input = inputs.get(i);
            String v = params.get(input.getAttribute("data-learn"));
            if (v != null && !Browser.focused(input)) {
                Dom.setValue(input, v);
                HTMLElement shown = (HTMLElement) ((HTMLElement) input.getParentNode()).querySelector("output");
                if (shown != null) {
                    shown.setTextContent(v); // a slider's written value
                }
            }
        }
    }

    /** Messages that need attention (an alert region), one paragraph each; none hides the box. */
    public void notices(List<String> list) {
        HTMLElement box = Dom.find("#notices");
        box.setTextContent("");
        for (String text : list) {
            box.appendChild(Ui.el("p", "text", text));
        }
        box.setHidden(list.isEmpty());
    }

    private String viewId() {
        String p = Browser.path();
        String last = p.substring(p.lastIndexOf('/') + 1);
        for (View v : views) {
            if (v.id.equals(last)) {
                return last;
            }
        }
        String q = Browser.queryParameter("view");
        return q != null ? q : last.isEmpty() || last.equals("learn") || last.equals("learn.html") ? views.get(0).id : last;
    }

    private String viewUrl(String id, String query) {
        String prefix = staticSite() ? "/learn.html?view=" + id + "&" : (embedded ? "/embed/learn/" : "/learn/") + id + "?";
        return prefix + query;
    }

    /** A spec query from settings, every value encoded (a value holding "&" cannot add settings of its own). */
    public static String specQuery(String... keyValues) {
        Params p = new Params();
        p.set("v", "2");
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.set(keyValues[i], keyValues[i + 1]);
        }
        return p.toString();
    }

    /** The synthetic sets of the Learn views' dataset choices. */
    private static final String[][] SYNTHETIC = {{"circle", "circle"}, {"xor", "XOR"}, {"clusters", "Gaussian clusters"},
        {"spiral", "spiral"}};

    /** A dataset choice: the synthetic sets, or (unless synthetic only) the catalog's available files. */
    public HTMLElement datasetControl(String key, boolean syntheticOnly) {
        List<String[]> choices = new ArrayList<>();
        for (String[] s : SYNTHETIC) {
            choices.add(s);
        }
        if (!syntheticOnly) {
            for (Map<String, Object> d : catalog) {
                if (!Datasets.synthetic(d) && Boolean.TRUE.equals(d.get("available"))) {
                    choices.add(Ui.choice((String) d.get("id"), (String) d.get("name")));
                }
            }
        }
        return Ui.select(key, "dataset", choices);
    }

    /** Makes a file dataset the engine worker's table (synthetic sets are generated from the spec). */
    public void ensureData(String id, Runnable done, EngineClient.Failed failed) {
        for (String[] s : SYNTHETIC) {
            if (s[0].equals(id)) {
                loadedData = null; // the worker generates it in place of whatever file it held
                done.run();
                return;
            }
        }
        if (id.equals(loadedData)) {
            done.run();
            return;
        }
        Datasets.load(engine, catalog, id, Status::show, (csv, profile) -> {
            loadedData = id;
            done.run();
        }, failed);
    }

    /** A training run of a view behind its button: disabled and labelled "Training…" while it runs. */
    public interface Work {
        void run(Runnable done, EngineClient.Failed failed);
    }

    public void trainView(HTMLElement button, Work work) {
        String label = button.getTextContent();
        button.setAttribute("disabled", "");
        button.setTextContent("Training…");
        Runnable restore = () -> {
            button.removeAttribute("disabled");
            button.setTextContent(label);
        };
        work.run(() -> {
            notices(List.of());
            restore.run();
        }, message -> {
            notices(List.of(message));
            restore.run();
        });
    }
}
