package playground.engine.text;

/**
 * Base64 (RFC 4648, with padding) for the binary files that cross the worker's text-only boundary: a weights file
 * coming in, a zip going out. Written here because the engine depends on nothing (and runs under TeaVM).
 */
public final class Base64 {
    private static final char[] DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    private Base64() { }

    public static String encode(byte[] data) {
        StringBuilder sb = new StringBuilder((data.length + 2) / 3 * 4);
        for (int i = 0; i < data.length; i += 3) {
            int b0 = data[i] & 0xff;
            int b1 = i + 1 < data.length ? data[i + 1] & 0xff : 0;
            int b2 = i + 2 < data.length ? data[i + 2] & 0xff : 0;
            sb.append(DIGITS[b0 >> 2]).append(DIGITS[(b0 & 3) << 4 | b1 >> 4]);
            sb.append(i + 1 < data.length ? DIGITS[(b1 & 15) << 2 | b2 >> 6] : '=');
            sb.append(i + 2 < data.length ? DIGITS[b2 & 63] : '=');
        }
        return sb.toString();
    }

    /** Decodes; whitespace is skipped, anything else outside the alphabet is refused. */
    public static byte[] decode(String text) {
        byte[] out = new byte[text.length() / 4 * 3 + 3];
        int n = 0;
        int acc = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int v;
            if (c >= 'A' && c <= 'Z') {
                v = c - 'A';
            } else if (c >= 'a' && c <= 'z') {
                v = c - 'a' + 26;
            } else if (c >= '0' && c <= '9') {
                v = c - '0' + 52;
            } else if (c == '+' || c == '-') {
                v = 62;
            } else if (c == '/' || c == '_') {
                v = 63;
            } else if (c == '=' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            } else {
                throw new IllegalArgumentException("not base64: '" + c + "' at character " + (i + 1));
            }
            acc = acc << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >> bits);
            }
        }
        byte[] exact = new byte[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }
}
