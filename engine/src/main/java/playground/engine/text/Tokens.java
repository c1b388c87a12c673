package playground.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The two ways the spec grammar cuts text: a list at a separator ("a, b,,c") and an id with its parameters
 * ("adam:0.9:0.999"). No regular expressions: they would triple the size of the browser bundle.
 */
public final class Tokens {
    private Tokens() {
    }

    /** "adam:0.9:0.999" → ["adam", "0.9", "0.999"], trimmed and lower-cased; empty parts are kept. */
    public static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        String s = text.trim().toLowerCase();
        int start = 0;
        while (true) {
            int colon = s.indexOf(':', start);
            if (colon < 0) {
                out.add(s.substring(start).trim());
                return out;
            }
            out.add(s.substring(start, colon).trim());
            start = colon + 1;
        }
    }

    /** Splits at {@code separator}, trimming each piece and leaving out empty ones: "a, b,,c" → [a, b, c]. */
    public static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                String piece = text.substring(start, i).trim();
                if (!piece.isEmpty()) {
                    out.add(piece);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** "a, b or c": how messages list what is accepted. */
    public static String orList(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : i == items.size() - 1 ? " or " : ", ").append(items.get(i));
        }
        return sb.toString();
    }
}
