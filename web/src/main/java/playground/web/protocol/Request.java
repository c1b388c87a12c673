package playground.web.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message to the engine worker: its id (to match the reply), its {@link Kind} and the fields the kind
 * declares, checked on construction; read them with {@link #text} and {@link #number}.
 */
public final class Request {
    public final int id;
    public final Kind kind;
    private final Map<String, Object> fields;

    private Request(int id, Kind kind, Map<String, Object> fields) {
        this.id = id;
        this.kind = kind;
        this.fields = fields;
        for (String f : kind.fields) {
            String name = name(f);
            Object v = fields.get(name);
            boolean number = f.startsWith("#");
            if (number ? !(v instanceof Double) : !(v instanceof String)) {
                throw new IllegalArgumentException("'" + kind.wire + "' needs " + (number ? "the number " : "the text ")
                        + name);
            }
        }
        for (String name : fields.keySet()) {
            if (!kind.fields.contains(name) && !kind.fields.contains("#" + name)) {
                throw new IllegalArgumentException("'" + kind.wire + "' has no field " + name);
            }
        }
    }

    /** A request of {@code kind} with its fields' values in the order {@link Kind} declares them. */
    public static Request of(int id, Kind kind, Object... values) {
        if (values.length != kind.fields.size()) {
            throw new IllegalArgumentException("'" + kind.wire + "' takes " + kind.fields.size() + " values");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            m.put(name(kind.fields.get(i)), v instanceof Integer ? (Object) ((Integer) v).doubleValue() : v);
        }
        return new Request(id, kind, m);
    }

    static Request fromFields(int id, Kind kind, Map<String, Object> fields) {
        return new Request(id, kind, fields);
    }

    public String text(String field) {
        return (String) fields.get(field);
    }

    public double number(String field) {
        return (Double) fields.get(field);
    }

    public int integer(String field) {
        return (int) number(field);
    }

    Map<String, Object> fields() {
        return fields;
    }

    List<String> declared() {
        return kind.fields;
    }

    private static String name(String declared) {
        return declared.startsWith("#") ? declared.substring(1) : declared;
    }
}
