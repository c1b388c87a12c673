package playground.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import playground.engine.text.Json;

/**
 * The loss chart: loss and validation loss (log scale) and the learning rate per epoch, with the callbacks' events
 * marked and labelled (so colour is not the only cue). A thin binding over uPlot: the chart is rebuilt only when
 * its size changes, and data crosses as JSON so that missing values stay gaps.
 */
public final class LossChart {
    private final HTMLElement box;
    private JSObject chart;
    private int width;
    private int height;
    private String pinKey = "[]";

    public LossChart(HTMLElement box) {
        this.box = box;
    }

    /** Draws {@code history} (epoch logs: epoch, loss, val_loss, lr) and {@code events} ({epoch, kind, message}). */
    public void draw(List<Map<String, Object>> history, List<Map<String, Object>> events, int height) {
        draw(history, events, height, List.of(), List.of());
    }

    /**
     * The same, with pinned runs' loss and val_loss faint beside the current ones, each labelled "pin N" (so the
     * legend tells them apart without colour); {@code pinned} are their histories, {@code numbers} their pins'.
     */
    public void draw(List<Map<String, Object>> history, List<Map<String, Object>> events, int height,
            List<List<Map<String, Object>>> pinned, List<Integer> numbers) {
        int w = Math.max(260, box.getClientWidth() > 0 ? box.getClientWidth() : 600);
        String key = numbers.toString();
        if (chart == null || w != width || Math.abs(height - this.height) > 4 || !key.equals(pinKey)) {
            if (chart != null) {
                destroy(chart);
            }
            box.setTextContent("");
            chart = create(box, w, height, Json.write(new ArrayList<Object>(numbers)));
            width = w;
            this.height = height;
            pinKey = key;
        }
        int last = lastEpoch(history);
        for (List<Map<String, Object>> p : pinned) {
            last = Math.max(last, lastEpoch(p));
        }
        List<Object> epochs = new ArrayList<>();
        for (int i = 1; i <= last; i++) {
            epochs.add((double) i);
        }
        List<Object> data = new ArrayList<>();
        data.add(epochs);
        data.add(series(history, "loss", last));
        data.add(series(history, "val_loss", last));
        data.add(series(history, "lr", last));
        for (List<Map<String, Object>> p : pinned) {
            data.add(series(p, "loss", last));
            data.add(series(p, "val_loss", last));
        }
        List<Object> marks = new ArrayList<>();
        for (Map<String, Object> e : events) {
            if (!"best".equals(e.get("kind"))) {
                marks.add(e);
            }
        }
        setData(chart, Json.write(data), Json.write(marks));
    }

    private static int lastEpoch(List<Map<String, Object>> history) {
        return history.isEmpty() ? 0 : ((Number) history.get(history.size() - 1).get("epoch")).intValue();
    }

    /** A log's values by epoch 1 … last (null where that run has no such epoch). */
    private static List<Object> series(List<Map<String, Object>> history, String name, int last) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            out.add(null);
        }
        for (Map<String, Object> h : history) {
            int epoch = ((Number) h.get("epoch")).intValue();
            if (epoch >= 1 && epoch <= last) {
                out.set(epoch - 1, h.get(name));
            }
        }
        return out;
    }

    @JSBody(params = {"box", "width", "height", "pins"}, script = ""
            + "function compact(v) { if (v === null || v === undefined) return '';"
            + "  var $a = Math.abs(v); return $a !== 0 && ($a >= 1e4 || $a < 1e-3) ? v.toExponential(0) : String(+v.toPrecision(3)); }"
            + "var labels = { lr_reduced: 'LR\\u2193', early_stop: 'stop', restored: 'best', diverged: 'NaN' };"
            + "function marks(u) { var ctx = u.ctx; var $rows = []; (u.marks || []).forEach(function(e) {"
            + "  var x = u.valToPos(e.epoch, 'x', true); if (!isFinite(x)) return; ctx.save();"
            + "  ctx.strokeStyle = e.kind === 'lr_reduced' ? '#009e73' : '#cc79a7'; ctx.setLineDash([4, 4]); ctx.beginPath();"
            + "  ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke(); ctx.fillStyle = ctx.strokeStyle;"
            + "  ctx.font = (12 * devicePixelRatio) + 'px sans-serif'; var $text = labels[e.kind] || e.kind;"
            // a label goes on the first row where it clears the labels already there, so none prints over another
            + "  var $w = ctx.measureText($text).width + 6, $row = 0;"
            + "  while ($rows[$row] !== undefined && $rows[$row] > x) { $row++; }"
            + "  $rows[$row] = x + 3 + $w; ctx.fillText($text, x + 3, u.bbox.top + (14 + 14 * $row) * devicePixelRatio);"
            + "  ctx.restore(); }); }"
            + "return new uPlot({ width: width, height: height,"
            + "  scales: { x: { time: false }, y: { distr: 3 }, lr: { distr: 3 } },"
            + "  axes: [{ label: 'epoch', incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },"
            + "    { label: 'loss (log)', size: 64, values: function(u, vals) { return vals.map(compact); } },"
            + "    { scale: 'lr', side: 1, label: 'learning rate', grid: { show: false }, size: 64,"
            + "      values: function(u, vals) { return vals.map(compact); } }],"
            + "  series: [{ label: 'epoch' }, { label: 'loss', stroke: '#0072b2', width: 2 },"
            + "    { label: 'val_loss', stroke: '#d55e00', width: 2, dash: [6, 3] },"
            + "    { label: 'lr', stroke: '#999999', scale: 'lr', width: 1, dash: [2, 2] }].concat("
            // each pin: its two curves faint and thinner, the pin's number in their labels
            + "    [].concat.apply([], JSON.parse(pins).map(function($n) { return ["
            + "      { label: 'pin ' + $n + ' loss', stroke: 'rgba(0,114,178,0.4)', width: 1.25, dash: [1, 3] },"
            + "      { label: 'pin ' + $n + ' val_loss', stroke: 'rgba(213,94,0,0.4)', width: 1.25, dash: [8, 4] }]; }))),"
            + "  hooks: { draw: [marks] } }, [[], [], [], []].concat(JSON.parse(pins).map(function() { return []; }),"
            + "  JSON.parse(pins).map(function() { return []; })), box);")
    private static native JSObject create(HTMLElement box, int width, int height, String pins);

    @JSBody(params = {"chart", "data", "marks"}, script = "chart.marks = JSON.parse(marks); chart.setData(JSON.parse(data));")
    private static native void setData(JSObject chart, String data, String marks);

    @JSBody(params = "chart", script = "chart.destroy();")
    private static native void destroy(JSObject chart);
}
