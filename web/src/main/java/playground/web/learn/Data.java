package playground.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the engine's JSON (maps, lists, doubles) without a cast on every line. */
public final class Data {
    private Data() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /** A number, or NaN for null (JSON's missing or non-finite value). */
    public static double num(Object o) {
        return o == null ? Double.NaN : (Double) o;
    }

    public static double[] nums(Object o) {
        List<Object> l = list(o);
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = num(l.get(i));
        }
        return out;
    }

    public static List<Map<String, Object>> maps(Object o) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object x : list(o)) {
            out.add(map(x));
        }
        return out;
    }
}
