package playground.web.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.engine.text.Json;
import playground.engine.text.Query;
import playground.web.protocol.Kind;

/**
 * Imports a TensorFlow.js model (the playground's own export, TF.js's model.save, or Keras through the tensorflowjs
 * converter): the worker reads it; with the metadata of a playground export its whole experiment comes back (data,
 * preprocessing, layers, training settings), otherwise the current experiment takes its layers and the model's
 * inputs are taken as the data's prepared features, as said. Either way the next run starts from its weights, which
 * travel with a saved experiment as any start does, and its predictions are evaluated at once.
 */
final class ModelImport implements Store.Listener {
    private final Store store;
    private final Effects effects;

    ModelImport(Store store, Effects effects) {
        this.store = store;
        this.effects = effects;
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!(a instanceof Action.ImportModel x)) {
            return;
        }
        store.dispatch(new Action.ImportNote("Importing " + x.names() + "…"));
        effects.engine().request(Kind.IMPORT_TFJS, new Object[] {x.files()}, (r, ms) -> {
            Map<String, Object> m = Effects.castMap(r);
            if (m.get("error") != null) {
                notice(String.valueOf(m.get("error")));
                return;
            }
            imported(x.names(), m);
        }, message -> notice("The model cannot be imported: " + message));
    }

    private void imported(String names, Map<String, Object> m) {
        State s = store.state();
        String experiment = (String) m.get("experiment");
        String layers = (String) m.get("layers");
        long params = Math.round((Double) m.get("params"));
        String start = (String) m.get("start");
        List<String> notes = new ArrayList<>();
        String query;
        if (experiment != null && (!"upload".equals(SpecUrl.get(experiment, "data")) || s.dataset != null && s.dataset.fileName != null)) {
            query = experiment;
            notes.add("Imported " + names + " (" + params + " parameters) with the experiment it was trained in; runs start from its"
                    + " weights.");
        } else {
            if (s.prepared == null) {
                notice("The model cannot be imported: load data first, then import the model.");
                return;
            }
            long inputs = Math.round((Double) m.get("inputs"));
            long outputs = Math.round((Double) m.get("outputs"));
            long needs = s.prepared.classification ? s.prepared.classes.size() : 1;
            if (inputs != s.prepared.inputs.size()) {
                notice("The model cannot be imported here: it takes " + inputs + " inputs and this data gives " + s.prepared.inputs.size()
                        + " (" + String.join(", ", s.prepared.inputs) + "). Load the data it was trained on, prepared the same way.");
                return;
            }
            if (outputs != needs) {
                notice("The model cannot be imported here: it has " + outputs + " outputs and this experiment needs " + needs
                        + (s.prepared.classification ? " (one per class)." : " (one number)."));
                return;
            }
            query = SpecUrl.without(s.query(), List.of("layers")) + "&layers=" + Query.encode(layers);
            notes.add("Imported " + names + " (" + params + " parameters): runs start from its weights.");
            if (experiment != null) {
                notes.add("It was trained on an uploaded file: its layers and weights are used with the data loaded now.");
            } else {
                notes.add("It has no preprocessing metadata: its " + Math.round((Double) m.get("inputs")) + " inputs are taken as"
                        + " this data's features as prepared here (" + s.prepared.inputs.size() + " columns), in their order.");
            }
        }
        effects.apply(query, Action.Address.PUSH, () -> effects.startFrom(start, () -> {
            State now = store.state();
            String output = (String) m.get("output");
            String mine = now.prepared == null ? null : now.prepared.classification
                    ? "dense:" + now.prepared.classes.size() + ":softmax" : "dense:1:linear";
            if (mine != null && !mine.equals(output)) {
                notes.add("Its output layer " + output + " became this experiment's " + mine + ".");
            }
            store.dispatch(new Action.ImportNote(String.join(" ", notes)));
            store.dispatch(new Action.ModelImported(names, "Imported: the next run starts from the model's weights."));
            effects.evaluateStart();
        }, () -> notice("The model's weights cannot be used: " + store.state().status)),
                () -> notice("The model cannot be imported: its experiment could not be prepared here (" + store.state().status + ")."));
    }

    /** Said beside the import control, where the person is (the notices above the workspace may be out of view). */
    private void notice(String text) {
        store.dispatch(new Action.ImportNote(text));
    }
}
