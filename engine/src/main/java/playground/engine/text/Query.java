package playground.engine.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * URL query strings: "a=1&b=x%20y" ↔ ordered key/value pairs. Keys and values are percent-encoded as UTF-8, with
 * letters, digits and "-._~:,()" left as they are so that a spec stays readable in the address bar.
 */
public final class Query {
    private static final String HEX = "0123456789ABCDEF";

    private Query() {
    }

    /** One "key=value" of a query, decoded; a pair without "=" has the value "". */
    public static final class Pair {
        public final String key;
        public final String value;

        Pair(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    /** The pairs of a query, with or without its leading "?", in order; empty pieces are left out. */
    public static List<Pair> pairs(String query) {
        String q = query.startsWith("?") ? query.substring(1) : query;
        List<Pair> out = new ArrayList<>();
        for (String piece : Tokens.split(q, '&')) {
            int eq = piece.indexOf('=');
            out.add(new Pair(decode(eq < 0 ? piece : piece.substring(0, eq)), eq < 0 ? "" : decode(piece.substring(eq + 1))));
        }
        return out;
    }

    public static String encode(String v) {
        StringBuilder sb = new StringBuilder();
        for (byte b : v.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:,()".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return sb.toString();
    }

    /** Percent-decoding as UTF-8, "+" as a space; a "%" not followed by two hex digits stays as it is. */
    public static String decode(String v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%' && i + 2 < v.length() && hex(v.charAt(i + 1)) >= 0 && hex(v.charAt(i + 2)) >= 0) {
                out.write(hex(v.charAt(i + 1)) * 16 + hex(v.charAt(i + 2)));
                i += 2;
            } else {
                // a run of literal characters at once, so a surrogate pair stays one character
                int end = i + 1;
                while (end < v.length() && v.charAt(end) != '%' && v.charAt(end) != '+') {
                    end++;
                }
                byte[] b = v.substring(i, end).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i = end - 1;
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
