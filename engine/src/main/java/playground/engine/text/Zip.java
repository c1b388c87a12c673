package playground.engine.text;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zip archives of uncompressed ("stored") entries: the page's TensorFlow.js export as one download, and reading it
 * back. Stored keeps this small and dependency-free; weights barely compress anyway. Reading refuses compressed
 * entries with a message (unpack such an archive and choose its files instead).
 */
public final class Zip {
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    private Zip() { }

    /** CRC-32 as zip (and PNG) define it. */
    public static int crc32(byte[] data) {
        int c = 0xffffffff;
        for (byte b : data) {
            c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    /** An archive of {@code files} (path → bytes), in their order. */
    public static byte[] write(Map<String, byte[]> files) {
        Out out = new Out();
        Out central = new Out();
        int count = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            byte[] name = f.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] data = f.getValue();
            int crc = crc32(data);
            int offset = out.size();
            out.int32(0x04034b50).int16(20).int16(0x0800).int16(0).int16(0).int16(0x21) // version, UTF-8 names, stored, time, date (1980-01-01)
                    .int32(crc).int32(data.length).int32(data.length).int16(name.length).int16(0).bytes(name).bytes(data);
            central.int32(0x02014b50).int16(20).int16(20).int16(0x0800).int16(0).int16(0).int16(0x21).int32(crc)
                    .int32(data.length).int32(data.length).int16(name.length).int16(0).int16(0).int16(0).int16(0).int32(0)
                    .int32(offset).bytes(name);
            count++;
        }
        int start = out.size();
        byte[] dir = central.toBytes();
        out.bytes(dir).int32(0x06054b50).int16(0).int16(0).int16(count).int16(count).int32(dir.length).int32(start).int16(0);
        return out.toBytes();
    }

    /** The entries of an archive (path → bytes); folders are left out. */
    public static Map<String, byte[]> read(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65535; i--) {
            if (int32(zip, i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("not a zip archive (no end of central directory)");
        }
        int count = int16(zip, end + 10);
        int at = int32(zip, end + 16);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            if (at < 0 || at > zip.length - 46 || int32(zip, at) != 0x02014b50) {
                throw new IllegalArgumentException("the zip archive's directory is damaged");
            }
            int method = int16(zip, at + 10);
            int size = int32(zip, at + 20);
            int nameLength = int16(zip, at + 28);
            int extra = int16(zip, at + 30);
            int comment = int16(zip, at + 32);
            int local = int32(zip, at + 42);
            if (at + 46 + nameLength > zip.length) {
                throw new IllegalArgumentException("the zip archive's directory is damaged");
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            at += 46 + nameLength + extra + comment;
            if (name.endsWith("/")) {
                continue;
            }
            if (method != 0) {
                throw new IllegalArgumentException("the zip archive's " + name + " is compressed; unpack the archive and choose its "
                        + "model.json and weights file instead");
            }
            if (local < 0 || local > zip.length - 30) {
                throw new IllegalArgumentException("the zip archive's " + name + " is cut short");
            }
            int data = local + 30 + int16(zip, local + 26) + int16(zip, local + 28);
            if (size < 0 || data > zip.length || size > zip.length - data) {
                throw new IllegalArgumentException("the zip archive's " + name + " is cut short");
            }
            byte[] bytes = new byte[size];
            System.arraycopy(zip, data, bytes, 0, size);
            out.put(name, bytes);
        }
        return out;
    }

    private static int int16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    /** A growing little-endian byte buffer. */
    private static final class Out {
        private byte[] buf = new byte[1024];
        private int n;

        int size() {
            return n;
        }

        Out bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
            return this;
        }

        Out int16(int v) {
            ensure(2);
            buf[n++] = (byte) v;
            buf[n++] = (byte) (v >>> 8);
            return this;
        }

        Out int32(int v) {
            ensure(4);
            buf[n++] = (byte) v;
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) (v >>> 16);
            buf[n++] = (byte) (v >>> 24);
            return this;
        }

        private void ensure(int more) {
            if (n + more > buf.length) {
                byte[] bigger = new byte[Math.max(buf.length * 2, n + more)];
                System.arraycopy(buf, 0, bigger, 0, n);
                buf = bigger;
            }
        }

        byte[] toBytes() {
            byte[] out = new byte[n];
            System.arraycopy(buf, 0, out, 0, n);
            return out;
        }
    }
}
