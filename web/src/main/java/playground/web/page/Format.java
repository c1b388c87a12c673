package playground.web.page;

import playground.web.dom.Browser;

/** Numbers for people: thousands grouped, three decimals from 1 up, four significant digits below. */
public final class Format {
    private Format() {
    }

    public static String number(Double v) {
        if (v == null || Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) || a >= 1000) {
            return Browser.grouped(Math.round(v));
        }
        return a >= 1 ? Browser.fixed(v, 3) : Browser.precision(v, 4);
    }
}
