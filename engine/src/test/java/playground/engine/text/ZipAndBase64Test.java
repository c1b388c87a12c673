package playground.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ZipAndBase64Test {
    @Test
    void crc32IsTheStandardOne() {
        assertEquals(0xCBF43926, Zip.crc32("123456789".getBytes(StandardCharsets.US_ASCII)), "the published check value");
    }

    @Test
    void anArchiveOpensWithTheJdksZipReaderAndReadsBack() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("model.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        byte[] bin = new byte[5000];
        new Random(3).nextBytes(bin);
        files.put("initial/group1-shard1of1.bin", bin);
        byte[] zip = Zip.write(files);
        Map<String, byte[]> jdk = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                jdk.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(files.keySet(), jdk.keySet());
        Map<String, byte[]> back = Zip.read(zip);
        for (String name : files.keySet()) {
            assertArrayEquals(files.get(name), jdk.get(name), name);
            assertArrayEquals(files.get(name), back.get(name), name);
        }
        assertEquals("not a zip archive (no end of central directory)",
                assertThrows(IllegalArgumentException.class, () -> Zip.read(new byte[30])).getMessage());
    }

    @Test
    void base64MatchesTheJdksBothWays() {
        assertEquals("TWFu", Base64.encode("Man".getBytes(StandardCharsets.US_ASCII)));
        Random r = new Random(1);
        for (int n = 0; n < 40; n++) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            String jdk = java.util.Base64.getEncoder().encodeToString(b);
            assertEquals(jdk, Base64.encode(b));
            assertArrayEquals(b, Base64.decode(jdk));
        }
        assertThrows(IllegalArgumentException.class, () -> Base64.decode("ab*d"));
    }
}
