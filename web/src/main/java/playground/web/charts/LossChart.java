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

    public LossChart(HTMLElement box) {
        this.box = box;
    }

    /** Draws {@code history} (epoch logs: epoch, loss, val_loss, lr) and {@code events} ({epoch, kind, message}). */
    public void draw(List<Map<String, Object>> history, List<Map<String, Object>> events, int height) {
        int w = Math.max(260, box.getClientWidth() > 0 ? box.getClientWidth() : 600);
        if (chart == null || w != width || Math.abs(height - this.height) > 4) {
            if (chart != null) {
                destroy(chart);
            }
            box.setTextContent("");
            chart = create(box, w, height);
            width = w;
            this.height = height;
        }
        List<Object> epochs = new ArrayList<>();
        List<Object> loss = new ArrayList<>();
        List<Object> val = new ArrayList<>();
        List<Object> lr = new ArrayList<>();
        for (Map<String, Object> h : history) {
            epochs.add(h.get("epoch"));
            loss.add(h.get("loss"));
            val.add(h.get("val_loss"));
            lr.add(h.get("lr"));
        }
        List<Object> marks = new ArrayList<>();
        for (Map<String, Object> e : events) {
            if (!"best".equals(e.get("kind"))) {
                marks.add(e);
            }
        }
        setData(chart, Json.write(List.of(epochs, loss, val, lr)), Json.write(marks));
    }

    @JSBody(params = {"box", "width", "height"}, script = ""
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
            + "    { label: 'lr', stroke: '#999999', scale: 'lr', width: 1, dash: [2, 2] }],"
            + "  hooks: { draw: [marks] } }, [[], [], [], []], box);")
    private static native JSObject create(HTMLElement box, int width, int height);

    @JSBody(params = {"chart", "data", "marks"}, script = "chart.marks = JSON.parse(marks); chart.setData(JSON.parse(data));")
    private static native void setData(JSObject chart, String data, String marks);

    @JSBody(params = "chart", script = "chart.destroy();")
    private static native void destroy(JSObject chart);
}
