package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import playground.web.charts.NetworkDiagram;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Format;
import playground.web.playground.Action;
import playground.web.playground.LayerText;
import playground.web.playground.Prepared;
import playground.web.playground.SpecUrl;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The Network pane, as TensorFlow Playground has it: the network drawn, + / − for hidden layers above it and for
 * the neurons of each hidden layer over its column. The drawing comes from the prepared spec (so a table's network
 * shows before any picture) and, for two inputs, from the latest picture (thumbnails and weights). Over the canvas
 * lies an SVG with a shape per neuron and per link: the arrow keys walk them, each says what it is.
 */
public final class NetworkPanel implements Store.Listener {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int MAX_UNITS = 1024;

    private final Store store;
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.find("#network");
    private final HTMLElement controls = Dom.find("#neuron-controls");
    private final HTMLElement overlay = Dom.find("#network-overlay");
    private String drawnControls = "";
    /**
     * Where the roving focus is: column 2k is the k-th column of neurons, 2k+1 the links from it to the next;
     * the row is a neuron's index or a link's (from × neurons in the next column + to).
     */
    private int focusColumn;
    private int focusRow;
    /** In a link column, whether Up and Down keep the link's left end (it was entered from there) or its right. */
    private boolean pivotLeft = true;
    private Element roving;
    /** Neurons drawn per column, the columns drawn (with the picture's weights, if any), and the overlay's layout. */
    private int[] shown = new int[0];
    private List<Map<String, Object>> drawn;
    private String overlaid = "";
    /** The link whose weight box is open, or null. */
    private HTMLElement editing;

    public NetworkPanel(Store store) {
        this.store = store;
        overlay.addEventListener("click", e -> { // a feature's square: on or off; another neuron: the main picture
            HTMLElement target = (HTMLElement) e.getTarget();
            if (target.hasAttribute("data-feature")) {
                toggle(target.getAttribute("data-feature"));
            } else if (target.hasAttribute("data-index")) {
                editLink(target);
            } else if (target.hasAttribute("data-unit")) {
                store.dispatch(new Action.PinNeuron(ref(target)));
            }
        });
        // pointing at (or focusing) a neuron previews it large; a link says its weight beside it
        overlay.addEventListener("mouseover", e -> point((HTMLElement) e.getTarget()));
        overlay.addEventListener("mouseout", e -> point(null));
        overlay.addEventListener("focusout", e -> point(null));
        overlay.addEventListener("focusin", e -> { // focus put there (a click, a test): the arrow keys go on from it
            HTMLElement target = (HTMLElement) e.getTarget();
            if (target == roving || !target.hasAttribute("data-layer")) {
                return;
            }
            int layer = Integer.parseInt(target.getAttribute("data-layer"));
            boolean link = target.hasAttribute("data-index");
            focusColumn = link ? 2 * layer - 1 : 2 * layer;
            focusRow = Integer.parseInt(target.getAttribute(link ? "data-index" : "data-unit"));
            move(0, 0, false);
        });
        overlay.addEventListener("focusin", e -> point((HTMLElement) e.getTarget()));
        HTMLElement editor = Dom.find("#weight-editor");
        editor.addEventListener("keydown", e -> {
            String key = ((org.teavm.jso.dom.events.KeyboardEvent) e).getKey();
            if (key.equals("Enter") || key.equals("Escape")) {
                e.preventDefault();
                closeEditor(key.equals("Enter"));
            }
        });
        editor.addEventListener("blur", e -> closeEditor(false));
        overlay.addEventListener("keydown", e -> {
            String key = ((org.teavm.jso.dom.events.KeyboardEvent) e).getKey();
            if ((key.equals("Enter") || key.equals(" ")) && roving != null && roving.hasAttribute("data-feature")) {
                e.preventDefault();
                toggle(roving.getAttribute("data-feature"));
                return;
            }
            if (key.equals("Enter") && roving != null && roving.hasAttribute("data-index")) {
                e.preventDefault();
                editLink((HTMLElement) roving);
                return;
            }
            int dc = key.equals("ArrowRight") ? 1 : key.equals("ArrowLeft") ? -1 : 0;
            int dr = key.equals("ArrowDown") ? 1 : key.equals("ArrowUp") ? -1 : 0;
            if (dc == 0 && dr == 0) {
                return;
            }
            e.preventDefault();
            move(dc, dr, true);
        });
        Dom.onClick("#remove-layer", e -> {
            Prepared p = store.state().prepared;
            int[] dense = p == null ? new int[0] : LayerText.denseIndices(p.layers);
            if (dense.length > 0) {
                // the last Dense layer goes, with what follows it (its dropout, a norm): the diagram loses a column
                set(String.join(",", p.layerTexts().subList(0, dense[dense.length - 1])));
            }
        });
    }

    /** The neuron a square of the overlay stands for. */
    private State.NeuronRef ref(HTMLElement square) {
        return new State.NeuronRef(Integer.parseInt(square.getAttribute("data-layer")),
                Integer.parseInt(square.getAttribute("data-unit")), square.getAttribute("aria-label"));
    }

    /** What is pointed at or focused now (null: nothing): a neuron is previewed, a link's weight is shown. */
    private void point(HTMLElement target) {
        HTMLElement tip = Dom.find("#network-tip");
        boolean link = target != null && target.hasAttribute("data-index");
        if (link) {
            int layer = Integer.parseInt(target.getAttribute("data-layer"));
            int index = Integer.parseInt(target.getAttribute("data-index"));
            tip.setTextContent(linkLabel(layer, index / shown[layer], index % shown[layer]));
            tip.setHidden(false);
            placeAt(tip, target, 70);
            keepInside(tip); // a long label near the right edge of a phone's drawing moves left rather than off it
        } else {
            tip.setHidden(true);
        }
        State.NeuronRef n = target != null && target.hasAttribute("data-unit") ? ref(target) : null;
        State.NeuronRef was = store.state().preview;
        if (n == null ? was != null : was == null || was.layer() != n.layer() || was.unit() != n.unit()) {
            store.dispatch(new Action.PreviewNeuron(n));
        }
    }

    /** The kernel row of a link's source: a 2-D set's first layer counts only the features in use (-1: one off). */
    @SuppressWarnings("unchecked")
    private int kernelRow(int layer, int from) {
        List<Integer> rows = layer == 1 && drawn != null ? (List<Integer>) drawn.get(0).get("rows") : null;
        return rows == null ? from : rows.get(from);
    }

    /**
     * Edits a link's weight in place: a box over the link with its weight; Enter sets it (the engine checks it and
     * training pauses), Escape leaves it; focus goes back to the link either way.
     */
    private void editLink(HTMLElement link) {
        int layer = Integer.parseInt(link.getAttribute("data-layer"));
        int index = Integer.parseInt(link.getAttribute("data-index"));
        focusColumn = 2 * layer - 1; // a clicked link becomes the one in the tab order, so focus can come back to it
        focusRow = index;
        move(0, 0, false);
        int from = index / shown[layer];
        int to = index % shown[layer];
        int row = kernelRow(layer, from);
        String label = linkLabel(layer, from, to);
        if (row < 0) {
            store.dispatch(new Action.Say(label + "."));
            return;
        }
        HTMLElement editor = Dom.find("#weight-editor");
        String weight = weightText(layer, row, to);
        Dom.setValue(editor, weight);
        editor.setAttribute("data-was", weight);
        editor.setAttribute("aria-label", "New " + (label.startsWith("weight ") ? label : "weight of the " + label));
        editor.setAttribute("data-layer", Integer.toString(layer));
        editor.setAttribute("data-row", Integer.toString(row));
        editor.setAttribute("data-unit", Integer.toString(to));
        editing = link;
        placeAt(editor, link, 75);
        editor.setHidden(false);
        editor.focus();
        Browser.select(editor);
    }

    /** Puts {@code e} at the middle of {@code link}, in percent of the drawing (at most {@code maxLeft}% from the left). */
    private void placeAt(HTMLElement e, HTMLElement link, double maxLeft) {
        double x = (Double.parseDouble(link.getAttribute("x1")) + Double.parseDouble(link.getAttribute("x2"))) / 2;
        double y = (Double.parseDouble(link.getAttribute("y1")) + Double.parseDouble(link.getAttribute("y2"))) / 2;
        Dom.style(e, "left", Math.min(maxLeft, x / Math.max(1, canvas.getWidth()) * 100) + "%");
        Dom.style(e, "top", y / Math.max(1, canvas.getHeight()) * 100 + "%");
    }

    /** Shifts an absolutely placed {@code e} left or right so that it lies within its positioned parent. */
    @org.teavm.jso.JSBody(params = "e", script = "var $p = e.offsetParent; if (!$p) return;"
            + " var $r = e.getBoundingClientRect(), $q = $p.getBoundingClientRect();"
            + " var $dx = Math.max($q.left + 4 - $r.left, Math.min(0, $q.right - 4 - $r.right));"
            + " if ($dx !== 0) e.style.setProperty('left', (parseFloat(getComputedStyle(e).left) + $dx) + 'px');")
    private static native void keepInside(HTMLElement e);

    /** A weight as the latest picture has it (its digits, not the label's two), or "" when none is drawn. */
    @SuppressWarnings("unchecked")
    private String weightText(int layer, int row, int unit) {
        List<Double> w = drawn == null ? null : (List<Double>) drawn.get(layer).get("weights");
        int out = drawn == null ? 0 : ((Number) drawn.get(layer).get("units")).intValue();
        return w == null || row * out + unit >= w.size() ? "" : playground.engine.text.Numbers.format(w.get(row * out + unit));
    }

    /** Closes the weight box: Enter sets the weight, anything else leaves it; focus returns to the link. */
    private void closeEditor(boolean set) {
        HTMLElement editor = Dom.find("#weight-editor");
        if (editor.isHidden()) {
            return;
        }
        editor.setHidden(true);
        if (set && !Dom.value(editor).trim().equals(editor.getAttribute("data-was"))) { // Enter on the same text: nothing
            store.dispatch(new Action.EditWeight(Integer.parseInt(editor.getAttribute("data-layer")),
                    Integer.parseInt(editor.getAttribute("data-row")), Integer.parseInt(editor.getAttribute("data-unit")),
                    Dom.value(editor)));
        }
        if (editing != null && editing.getParentNode() != null) {
            editing.focus();
        }
        editing = null;
    }

    /** A neuron's output over the plane as drawn now (its thumbnail's values, rows from the top), or null. */
    @SuppressWarnings("unchecked")
    public List<Double> thumb(int layer, int unit) {
        if (drawn == null || layer >= drawn.size() || !(drawn.get(layer).get("thumbs") instanceof List)) {
            return null;
        }
        List<List<Double>> thumbs = (List<List<Double>>) drawn.get(layer).get("thumbs");
        return unit < thumbs.size() ? thumbs.get(unit) : null;
    }

    /** A feature on or off, in the key table's order; the last one in use stays on (a network needs an input). */
    @SuppressWarnings("unchecked")
    private void toggle(String id) {
        Prepared p = store.state().prepared;
        List<String> on = playground.engine.text.Tokens.split(p.spec.get("features"), ',');
        List<String> next = new ArrayList<>();
        Map<String, Object> setting = playground.web.playground.KeyTable.setting(store.state().settings, "features");
        for (Map<String, Object> c : (List<Map<String, Object>>) setting.get("choices")) {
            String f = (String) c.get("id");
            if (f.equals(id) != on.contains(f)) {
                next.add(f);
            }
        }
        if (next.isEmpty()) {
            store.dispatch(new Action.Say("At least one input feature stays on."));
            return;
        }
        store.dispatch(new Action.SetSettings(Map.of("features", String.join(",", next))));
    }

    private void set(String layers) {
        store.dispatch(new Action.SetSettings(Map.of("layers", layers)));
    }

    @Override
    public void changed(State before, State s, Action a) {
        Prepared p = s.prepared;
        if (p == before.prepared || p == null) {
            return;
        }
        int hidden = LayerText.denseIndices(p.layers).length; // the diagram's hidden columns
        Dom.text("#layer-count", hidden + (hidden == 1 ? " hidden layer" : " hidden layers"));
        Dom.setDisabled(Dom.find("#remove-layer"), hidden == 0);
        Dom.text("#param-count", Format.number((Double) p.summary.get("total")) + " parameters ("
                + Format.number((Double) p.summary.get("trainable")) + " trainable)");
        draw(s);
    }

    /** The diagram for the state's spec and its latest picture (called in an animation frame when a picture comes). */
    @SuppressWarnings("unchecked")
    public void draw(State s) {
        Prepared p = s.prepared;
        if (p == null) {
            return;
        }
        int[] dense = LayerText.denseIndices(p.layers);
        List<Map<String, Object>> columns = null;
        if (s.picture != null && s.picture.get("network") instanceof List) {
            List<Map<String, Object>> pictured = (List<Map<String, Object>>) s.picture.get("network");
            if (pictured.size() == dense.length + 2) {
                columns = pictured;
            }
        }
        if (columns == null) {
            columns = structure(p, dense);
        }
        if (p.plane) {
            columns = new ArrayList<>(columns);
            columns.set(0, featureColumn(p, s.picture));
        }
        int width = canvas.getParentNode() instanceof HTMLElement ? ((HTMLElement) canvas.getParentNode()).getClientWidth() : 480;
        NetworkDiagram.Layout at = NetworkDiagram.draw(canvas, columns, width, 320);
        overlay(at, columns);
        controls(p, dense, at);
    }

    /** The columns as the spec declares them: inputs, each top-level Dense layer, the output. */
    private static List<Map<String, Object>> structure(Prepared p, int[] dense) {
        List<Map<String, Object>> columns = new ArrayList<>();
        columns.add(column(p.inputs.size(), null, "inputs"));
        for (int i : dense) {
            Map<String, Object> l = p.layers.get(i);
            columns.add(column(((Number) l.get("units")).intValue(), (String) l.get("activation"), null));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> summary = (List<Map<String, Object>>) p.summary.get("layers");
        Map<String, Object> last = summary.get(summary.size() - 1);
        int outputs = ((Number) ((List<?>) last.get("output_shape")).get(1)).intValue();
        // the output layer the engine adds (as the picture names it): softmax over the classes, or linear
        columns.add(column(outputs, p.classification ? "softmax" : "linear", outputs + " output" + (outputs == 1 ? "" : "s")));
        return columns;
    }

    /**
     * A 2-D set's input column as TensorFlow Playground draws it: every feature of the plane (as the key table lists
     * them), the ones the spec uses active, each with its value over the plane once a picture has come (the engine
     * computes them: the formulas live there only).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> featureColumn(Prepared p, Map<String, Object> picture) {
        List<String> on = p.features; // the engine's inputs, in its order: the first kernel's rows
        Map<String, Object> setting = playground.web.playground.KeyTable.setting(store.state().settings, "features");
        List<Map<String, Object>> choices = (List<Map<String, Object>>) setting.get("choices");
        List<Integer> rows = new ArrayList<>();
        List<Map<String, Object>> pictured = picture != null && picture.get("features") instanceof List
                ? (List<Map<String, Object>>) picture.get("features") : null;
        List<List<Double>> thumbs = new ArrayList<>();
        List<Boolean> active = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String id = (String) choices.get(i).get("id");
            ids.add(id);
            names.add((String) choices.get(i).get("label"));
            active.add(on.contains(id));
            rows.add(on.indexOf(id));
            if (pictured != null && i < pictured.size()) {
                thumbs.add((List<Double>) pictured.get(i).get("thumb"));
            }
        }
        Map<String, Object> m = column(choices.size(), null, "features");
        if (thumbs.size() == choices.size()) {
            m.put("thumbs", thumbs);
        }
        m.put("active", active);
        m.put("rows", rows);
        m.put("names", names);
        m.put("ids", ids);
        return m;
    }

    private static Map<String, Object> column(int units, String activation, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", (double) units);
        m.put("activation", activation);
        if (label != null) {
            m.put("label", label);
        }
        return m;
    }

    /**
     * Moves the roving focus. The drawing reads left to right as columns of neurons with a column of links between
     * each pair: Left and Right step to the next column (from a neuron to its first link that way, from a link to
     * the neuron at that end), Up and Down move within one; in a link column they follow the neuron the focus came
     * from (its links out when it came from the left, in when from the right), so a wire can be traced.
     */
    private void move(int dc, int dr, boolean focus) {
        if (shown.length == 0) {
            return;
        }
        int last = 2 * (shown.length - 1);
        if (dc != 0 && focusColumn + dc >= 0 && focusColumn + dc <= last) {
            if (focusColumn % 2 == 0) { // a neuron: to its first link on that side
                int c = focusColumn / 2;
                int neuron = Math.min(focusRow, shown[c] - 1);
                pivotLeft = dc > 0;
                focusRow = dc > 0 ? neuron * shown[c + 1] : neuron; // (from neuron to 0) or (from 0 to neuron)
            } else { // a link: to the neuron at that end
                int right = shown[(focusColumn + 1) / 2];
                focusRow = dc > 0 ? focusRow % right : focusRow / right;
            }
            focusColumn += dc;
        } else if (dr != 0 && focusColumn % 2 == 0) {
            focusRow = Math.max(0, Math.min(shown[focusColumn / 2] - 1, focusRow + dr));
        } else if (dr != 0) {
            int right = shown[(focusColumn + 1) / 2];
            int left = shown[(focusColumn - 1) / 2];
            int from = focusRow / right;
            int to = focusRow % right;
            if (pivotLeft) {
                to = Math.max(0, Math.min(right - 1, to + dr));
            } else {
                from = Math.max(0, Math.min(left - 1, from + dr));
            }
            focusRow = from * right + to;
        }
        focusColumn = Math.max(0, Math.min(last, focusColumn));
        focusRow = Math.max(0, Math.min(focusRow, (focusColumn % 2 == 0 ? shown[focusColumn / 2]
                : shown[(focusColumn - 1) / 2] * shown[(focusColumn + 1) / 2]) - 1));
        Element at = focusColumn % 2 == 0
                ? overlay.querySelector(".neuron[data-layer='" + focusColumn / 2 + "'][data-unit='" + focusRow + "']")
                : overlay.querySelector(".link[data-layer='" + (focusColumn + 1) / 2 + "'][data-index='" + focusRow + "']");
        if (roving != null && roving != at) {
            roving.setAttribute("tabindex", "-1");
            if (roving.getAttribute("class").equals("link")) { // out of the tab order and the accessibility tree again
                roving.removeAttribute("role");
                roving.removeAttribute("aria-label");
                roving.removeAttribute("tabindex");
            }
        }
        roving = at;
        if (at == null) {
            return;
        }
        at.setAttribute("tabindex", "0");
        if (at.getAttribute("class").equals("link")) {
            at.setAttribute("role", "img");
            at.setAttribute("aria-label", linkLabel((focusColumn + 1) / 2, focusRow / shown[(focusColumn + 1) / 2],
                    focusRow % shown[(focusColumn + 1) / 2]));
        }
        if (focus) {
            ((HTMLElement) at).focus();
        }
    }

    /** "inputs: x1", "hidden layer 2 (tanh), neuron 3", "output 1": what a neuron is, for a screen reader. */
    private static String neuronLabel(Prepared p, int column, int columns, int unit, String activation) {
        if (column == 0) {
            return "input " + (unit + 1) + (unit < p.inputs.size() ? ": " + p.inputs.get(unit) : "");
        }
        if (column == columns - 1) {
            return "output " + (unit + 1) + (p.classification && unit < p.classes.size() ? ": class " + p.classes.get(unit) : "");
        }
        return "hidden layer " + column + (activation != null ? " (" + activation + ")" : "") + ", neuron " + (unit + 1);
    }

    /** A neuron as the end of a link: "x1", "X₁²", "hidden layer 1 neuron 2", "output 1". */
    @SuppressWarnings("unchecked")
    private String end(int column, int unit) {
        Prepared p = store.state().prepared;
        if (column == 0 && drawn != null && drawn.get(0).get("names") instanceof List) {
            return ((List<String>) drawn.get(0).get("names")).get(unit);
        }
        if (column == 0) {
            return unit < p.inputs.size() ? p.inputs.get(unit) : "input " + (unit + 1);
        }
        return column == shown.length - 1 ? "output " + (unit + 1) : "hidden layer " + column + " neuron " + (unit + 1);
    }

    /**
     * "weight −0.41 from x1 to hidden layer 1 neuron 2", from the latest picture's weights; before a picture (or for
     * a table's inputs, which get none) "link from … to …".
     */
    @SuppressWarnings("unchecked")
    private String linkLabel(int column, int from, int to) {
        String ends = "from " + end(column - 1, from) + " to " + end(column, to);
        List<Double> w = drawn == null ? null : (List<Double>) drawn.get(column).get("weights");
        int in = drawn == null ? 0 : ((Number) drawn.get(column - 1).get("units")).intValue();
        List<Boolean> active = column == 1 && drawn != null ? (List<Boolean>) drawn.get(0).get("active") : null;
        if (active != null) { // a 2-D set's first layer has weights for the features in use only
            if (kernelRow(column, from) < 0) {
                return end(0, from) + " is off: no link to " + end(column, to);
            }
            in = 0;
            for (boolean on : active) {
                in += on ? 1 : 0;
            }
            from = kernelRow(column, from);
        }
        int out = drawn == null ? 0 : ((Number) drawn.get(column).get("units")).intValue();
        if (w == null || w.size() != in * out) {
            return "link " + ends;
        }
        double v = w.get(from * out + to);
        return "weight " + Format.precision(v, 2).replace('-', '−') + " " + ends;
    }

    /**
     * A shape per link and per neuron shown, in the canvas's coordinates: made again only when the layout moves (a
     * picture changes the weights, not the shapes), so the focused one stays focused; its label follows the weights.
     */
    private void overlay(NetworkDiagram.Layout at, List<Map<String, Object>> columns) {
        drawn = columns;
        StringBuilder key = new StringBuilder(at.width + "x" + at.height + ":" + at.box);
        // the shapes' key reads the spec, not the picture: the first picture of a spec must not rebuild them (focus
        // moved onto a neuron meanwhile would be on a shape that is gone)
        List<Map<String, Object>> spec = structure(store.state().prepared, LayerText.denseIndices(store.state().prepared.layers));
        for (int i = 0; i < at.colX.length; i++) {
            key.append(';').append(at.shown[i]).append(' ').append(i < spec.size() ? spec.get(i).get("activation") : "");
        }
        key.append(store.state().prepared.inputs).append(store.state().prepared.classes).append(columns.get(0).get("active"));
        if (key.toString().equals(overlaid)) {
            move(0, 0, false); // the focused link says its new weight
            return;
        }
        overlaid = key.toString();
        boolean hadFocus = Dom.focusedLabel(overlay) != null; // a neuron or a link had it
        shown = at.shown.clone();
        roving = null;
        overlay.setAttribute("viewBox", "0 0 " + at.width + " " + at.height);
        while (overlay.getFirstChild() != null) {
            overlay.removeChild(overlay.getFirstChild());
        }
        for (int i = 1; i < at.colX.length; i++) {
            for (int a = 0; a < at.shown[i - 1]; a++) {
                for (int b = 0; b < at.shown[i]; b++) {
                    Element line = Dom.document().createElementNS(SVG, "line");
                    line.setAttribute("class", "link");
                    line.setAttribute("data-layer", Integer.toString(i));
                    line.setAttribute("data-index", Integer.toString(a * at.shown[i] + b));
                    line.setAttribute("x1", Integer.toString((int) at.colX[i - 1] + at.box));
                    line.setAttribute("y1", Integer.toString((int) (at.rowY(i - 1, a) + at.box / 2.0)));
                    line.setAttribute("x2", Integer.toString((int) at.colX[i]));
                    line.setAttribute("y2", Integer.toString((int) (at.rowY(i, b) + at.box / 2.0)));
                    line.setAttribute("stroke", "transparent");
                    overlay.appendChild(line);
                }
            }
        }
        for (int i = 0; i < at.colX.length; i++) {
            for (int j = 0; j < at.shown[i]; j++) {
                Element r = Dom.document().createElementNS(SVG, "rect");
                r.setAttribute("tabindex", "-1");
                List<?> active = (List<?>) columns.get(i).get("active");
                if (i == 0 && active != null) { // a 2-D set's feature: a switch, as TensorFlow Playground's toggles
                    r.setAttribute("class", "neuron feature");
                    r.setAttribute("role", "switch");
                    r.setAttribute("aria-checked", Boolean.TRUE.equals(active.get(j)) ? "true" : "false");
                    r.setAttribute("aria-label", "input feature " + ((List<?>) columns.get(0).get("names")).get(j));
                    r.setAttribute("data-feature", (String) ((List<?>) columns.get(0).get("ids")).get(j));
                } else {
                    r.setAttribute("class", "neuron");
                    r.setAttribute("role", "img");
                    r.setAttribute("aria-label", neuronLabel(store.state().prepared, i, at.colX.length, j,
                            (String) columns.get(i).get("activation")));
                }
                r.setAttribute("data-layer", Integer.toString(i));
                r.setAttribute("data-unit", Integer.toString(j));
                r.setAttribute("x", Integer.toString((int) at.colX[i]));
                r.setAttribute("y", Integer.toString((int) at.rowY(i, j)));
                r.setAttribute("width", Integer.toString(at.box));
                r.setAttribute("height", Integer.toString(at.box));
                r.setAttribute("fill", "transparent");
                overlay.appendChild(r);
            }
        }
        move(0, 0, hadFocus); // the same place keeps the roving focus, and focus itself if it had it
    }

    /**
     * + and − over each hidden column. They are rebuilt only when the columns move (so focus stays on a + pressed
     * again and again); counts and disabled states are set in place, and a press reads the spec of that moment.
     */
    private void controls(Prepared p, int[] dense, NetworkDiagram.Layout at) {
        StringBuilder key = new StringBuilder(at.width + ":");
        for (int k = 0; k < dense.length; k++) {
            key.append((int) at.colX[k + 1]).append(';');
        }
        if (!key.toString().equals(drawnControls)) {
            drawnControls = key.toString();
            controls.setTextContent("");
            for (int k = 0; k < dense.length; k++) {
                String n = Integer.toString(k + 1);
                int column = k;
                HTMLElement more = Dom.el("button", "type", "button", "text", "+", "data-more", n,
                        "aria-label", "Add a neuron to hidden layer " + n);
                HTMLElement fewer = Dom.el("button", "type", "button", "text", "−", "data-fewer", n,
                        "aria-label", "Remove a neuron from hidden layer " + n);
                more.addEventListener("click", e -> neurons(column, 1));
                fewer.addEventListener("click", e -> neurons(column, -1));
                HTMLElement box = Dom.el("div", "class", "column-controls");
                box.appendChild(Dom.with(Dom.el("div"), more, fewer));
                box.appendChild(Dom.el("span", "class", "count"));
                double centre = (at.colX[k + 1] + at.box / 2.0) / at.width * 100;
                Dom.style(box, "left", centre + "%");
                controls.appendChild(box);
            }
        }
        List<HTMLElement> boxes = Dom.all("#neuron-controls .column-controls");
        for (int k = 0; k < dense.length && k < boxes.size(); k++) {
            int units = ((Number) p.layers.get(dense[k]).get("units")).intValue();
            HTMLElement box = boxes.get(k);
            box.querySelector(".count").setTextContent(units + (units == 1 ? " neuron" : " neurons"));
            Dom.setDisabled(box.querySelector("[data-more]"), units >= MAX_UNITS);
            Dom.setDisabled(box.querySelector("[data-fewer]"), units <= 1);
        }
    }

    /** One neuron more or fewer in hidden column {@code column}, on the spec as it is now. */
    @SuppressWarnings("unchecked")
    private void neurons(int column, int change) {
        Prepared p = store.state().prepared;
        int[] dense = p == null ? new int[0] : LayerText.denseIndices(p.layers);
        if (column >= dense.length) {
            return;
        }
        Map<String, Object> layer = p.layers.get(dense[column]);
        int units = ((Number) layer.get("units")).intValue() + change;
        if (units < 1 || units > MAX_UNITS) {
            return;
        }
        Map<String, Object> defaults = (Map<String, Object>) store.state().settings.get("defaults");
        set(SpecUrl.layers(p.layerTexts(), dense[column], LayerText.withUnits(layer, units, defaults)));
    }
}
