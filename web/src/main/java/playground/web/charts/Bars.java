package playground.web.charts;

import java.util.List;
import org.teavm.jso.dom.xml.Element;
import playground.engine.text.Json;
import playground.web.dom.Dom;

/** A column's profile as tiny bars (SVG, so it scales): a numeric column's histogram, or a category's counts. */
public final class Bars {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private Bars() {
    }

    /** {@code label} names the bars for a screen reader, which also hears the counts. */
    public static Element of(List<Double> counts, String label) {
        double most = 1;
        StringBuilder spoken = new StringBuilder();
        for (double c : counts) {
            most = Math.max(most, c);
            spoken.append(spoken.length() == 0 ? "" : ", ").append((long) c);
        }
        int w = 120;
        int h = 28;
        double bw = (double) w / counts.size();
        Element svg = Dom.document().createElementNS(SVG, "svg");
        svg.setAttribute("viewBox", "0 0 " + w + " " + h);
        svg.setAttribute("class", "bars");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", label + ": " + spoken);
        for (int i = 0; i < counts.size(); i++) {
            double bh = counts.get(i) / most * h;
            Element r = Dom.document().createElementNS(SVG, "rect");
            r.setAttribute("x", Json.number(i * bw + 0.5));
            r.setAttribute("y", Json.number(h - bh));
            r.setAttribute("width", Json.number(Math.max(bw - 1, 1)));
            r.setAttribute("height", Json.number(bh));
            svg.appendChild(r);
        }
        return svg;
    }
}
