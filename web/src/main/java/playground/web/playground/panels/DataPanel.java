package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Datasets;
import playground.web.playground.Action;
import playground.web.playground.Prepared;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The Data section: the dataset picker (the catalog, or the user's CSV file), the synthetic sets' settings, the
 * table's profile with a transform per column, the target, and what the split made of it.
 */
public final class DataPanel implements Store.Listener {
    private final Store store;
    private final HTMLElement dataset = Dom.find("#dataset");
    private final HTMLElement file = Dom.find("#csv-file");
    private final HTMLElement profile = Dom.find("#profile");
    private final HTMLElement target = Dom.find("#target");
    private final HTMLElement compact = Dom.find("#profile-compact");
    private Map<String, Object> shownProfile;

    public DataPanel(Store store) {
        this.store = store;
        file.addEventListener("change", e -> {
            Browser.readFile(file, (name, text) -> store.dispatch(new Action.Upload(name, text)),
                    (name, why) -> store.dispatch(new Action.UploadFailed(name, why)));
            Dom.setValue(file, ""); // choosing the same file again is a change too
        });
        Dom.onClick("#impute", e -> store.dispatch(new Action.SetSettings(java.util.Map.of("missing", "impute"))));
        // TensorFlow Playground's switches for its own sets: new points from a new seed; the other kind of problem
        Dom.onClick("#regenerate", e -> store.dispatch(new Action.SetSettings(java.util.Map.of("data_seed",
                Long.toString(1 + (long) Math.floor(Math.random() * 999_999))))));
        HTMLElement problem = Dom.find("#problem");
        problem.addEventListener("change", e -> {
            for (Map<String, Object> d : store.state().catalog) { // the catalog's first synthetic set of that kind
                if (Datasets.synthetic(d) && Dom.value(problem).equals(d.get("task"))) {
                    store.dispatch(new Action.SetSettings(java.util.Map.of("data", (String) d.get("id"))));
                    return;
                }
            }
        });
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (s.catalog != before.catalog) {
            dataset.setTextContent("");
            for (Map<String, Object> d : s.catalog) {
                boolean available = Boolean.TRUE.equals(d.get("available"));
                dataset.appendChild(Dom.el("option", "value", (String) d.get("id"), "text",
                        d.get("name") + (available ? "" : " — unavailable")));
            }
            dataset.appendChild(Dom.el("option", "value", "upload", "text", "your CSV file"));
        }
        if (!s.datasetNote.equals(before.datasetNote)) {
            Dom.text("#dataset-note", s.datasetNote);
        }
        if (s.dataset != before.dataset && s.dataset != null && s.dataset.profile != null && !s.dataset.profile.equals(shownProfile)
                && (s.prepared == null || s.dataset.id.equals(s.prepared.spec.get("data")) || s.dataset.id.equals("upload"))) {
            // the user's columns at once, even if the first spec on them cannot be prepared
            shownProfile = s.dataset.profile;
            ProfileView.render(profile, shownProfile, transforms(s), (column, transform) ->
                    store.dispatch(new Action.SetColumn(column, transform)));
            ProfileView.render(compact, shownProfile, transforms(s), null);
        }
        Prepared p = s.prepared;
        if (p == null || (p == before.prepared && !(a instanceof Action.EditRejected))) {
            return; // a refused edit puts the target and the column selects back to what the spec says
        }
        Map<String, Object> entry = Datasets.entry(s.catalog, p.spec.get("data"));
        Dom.find("#synthetic").setHidden(entry == null || !Datasets.synthetic(entry));
        if (entry != null && Datasets.synthetic(entry)) {
            Dom.setValue(Dom.find("#problem"), p.task());
        }
        Map<String, Object> table = p.profile != null ? p.profile : s.dataset != null ? s.dataset.profile : null;
        // a synthetic set's profile comes with every prepare: drawn again only when it says something new, so a
        // column's transform select keeps focus after it edits the spec
        if (table != null && !table.equals(shownProfile)) {
            ProfileView.render(profile, table, transforms(s), (column, transform) ->
                    store.dispatch(new Action.SetColumn(column, transform)));
            ProfileView.render(compact, table, transforms(s), null);
            shownProfile = table;
        }
        compact.setHidden(p.picture); // two inputs: the Data pane shows the points on the plane instead
        boolean dropping = p.dropped > 0 && "drop".equals(p.spec.get("missing"));
        Dom.find("#missing-note").setHidden(!dropping);
        Dom.text("#missing-text", p.dropped + " of " + p.rows + " rows are dropped for missing cells.");
        for (HTMLElement select : Dom.all("select[data-column]")) {
            String t = p.columns.get(select.getAttribute("data-column"));
            boolean isTarget = "target".equals(t);
            select.setAttribute("title", isTarget ? "the target" : "");
            Dom.setValue(select, isTarget || t == null ? "auto" : t);
            Dom.setDisabled(select, isTarget);
        }
        target.setTextContent("");
        List<String> columns = new ArrayList<>(p.columns.keySet());
        if (columns.isEmpty()) {
            columns.addAll(p.features);
            columns.add(p.target);
        }
        for (String name : columns) {
            target.appendChild(Dom.el("option", "value", name, "text", name));
        }
        Dom.setValue(target, p.target);
        Dom.text("#split-note", p.train + " training, " + p.test + " test and " + p.val + " validation rows; inputs: "
                + String.join(", ", p.inputs) + "." + (p.dropped > 0 ? " " + p.dropped + " of " + p.rows
                + " rows were dropped for missing cells" + ("drop".equals(p.spec.get("missing")) ? " — impute them instead?" : "") + "." : ""));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> transforms(State s) {
        return (List<Map<String, Object>>) ((Map<String, Object>) s.settings.get("families")).get("transforms");
    }
}
