package playground.web.charts;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.page.Format;

/** The confusion matrix as a table: actual classes in rows, predicted in columns, shaded by count. */
public final class Confusion {
    private Confusion() {
    }

    public static void render(HTMLElement table, List<String> classes, List<List<Double>> matrix) {
        table.setTextContent("");
        HTMLElement head = Dom.with(Dom.el("tr"), Dom.el("th", "scope", "col", "text", "actual \\ predicted"));
        for (String c : classes) {
            head.appendChild(Dom.el("th", "scope", "col", "text", c));
        }
        table.appendChild(Dom.with(Dom.el("thead"), head));
        double most = 1;
        for (List<Double> row : matrix) {
            for (double v : row) {
                most = Math.max(most, v);
            }
        }
        HTMLElement body = Dom.el("tbody");
        for (int i = 0; i < matrix.size(); i++) {
            HTMLElement tr = Dom.with(Dom.el("tr"), Dom.el("th", "scope", "row", "text", classes.get(i)));
            for (int j = 0; j < matrix.get(i).size(); j++) {
                double v = matrix.get(i).get(j);
                HTMLElement td = Dom.el("td", "class", i == j ? "num diag" : "num", "text", Format.number(v));
                Dom.style(td, "background", "rgba(0, 114, 178, " + 0.6 * v / most + ")");
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
    }
}
