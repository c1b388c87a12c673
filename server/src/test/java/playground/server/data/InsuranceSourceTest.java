package playground.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsuranceSourceTest {
    /** A stand-in with the right shape; its checksum is not the pinned one, which is the point of some tests. */
    private static final String FAKE = "age,sex,bmi,children,smoker,region,charges\n19,female,27.9,0,yes,southwest,16884.924\n";

    @Test
    void aFileWithTheWrongChecksumIsRefusedWithInstructions(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("insurance.csv"), FAKE);
        InsuranceSource s = new InsuranceSource(dir, dir.resolve("cache"), "http://127.0.0.1:9/none");
        IllegalStateException e = assertThrows(IllegalStateException.class, s::read);
        assertTrue(e.getMessage().startsWith("The insurance dataset is not available: " + dir.resolve("insurance.csv")
                + " has sha256 "), e.getMessage());
        assertTrue(e.getMessage().endsWith("pass --data-dir DIR or set PLAYGROUND_DATA_DIR=DIR."), e.getMessage());
    }

    @Test
    void offlineWithoutTheFileTheDatasetIsListedAsUnavailable(@TempDir Path dir) {
        DatasetCatalog catalog = new DatasetCatalog(null, dir.resolve("cache"), "http://127.0.0.1:9/insurance.csv");
        Map<String, Object> insurance = catalog.list().get(0);
        assertEquals("insurance", insurance.get("id"));
        assertEquals(false, insurance.get("available"));
        assertTrue(((String) insurance.get("message")).contains("the download from http://127.0.0.1:9/insurance.csv failed"),
                (String) insurance.get("message"));
        assertTrue(catalog.list().stream().anyMatch(m -> m.get("id").equals("xor") && m.get("available").equals(true)));
    }

    @Test
    void theFileIsDownloadedVerifiedAndCachedOnce(@TempDir Path dir) throws Exception {
        Path shared = Path.of("..", "..", "shared", "datasets", "insurance.csv");
        String env = System.getenv("PLAYGROUND_DATA_DIR");
        Path real = env != null && !env.isBlank() ? Path.of(env, "insurance.csv") : shared;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(real), "needs the real insurance.csv to serve");
        byte[] body = Files.readAllBytes(real);
        AtomicInteger downloads = new AtomicInteger();
        Javalin origin = Javalin.create(c -> c.showJavalinBanner = false)
                .get("/insurance.csv", ctx -> {
                    downloads.incrementAndGet();
                    ctx.result(body);
                })
                .start("127.0.0.1", 0);
        try {
            String url = "http://127.0.0.1:" + origin.port() + "/insurance.csv";
            InsuranceSource s = new InsuranceSource(null, dir.resolve("cache"), url);
            String first = s.read();
            assertTrue(first.startsWith("age,sex,bmi,children,smoker,region,charges"));
            assertTrue(Files.exists(dir.resolve("cache").resolve("insurance.csv")));
            assertEquals(first, new InsuranceSource(null, dir.resolve("cache"), url).read());
            assertEquals(1, downloads.get(), "the second read comes from the cache");
            assertEquals(1338, new DatasetCatalog(null, dir.resolve("cache"), url).load("insurance").rows());
        } finally {
            origin.stop();
        }
    }

    @Test
    void theVendoredClassicsAndSyntheticSetsLoad() {
        DatasetCatalog catalog = new DatasetCatalog(null, Path.of("target", "no-cache"), "http://127.0.0.1:9/x");
        List<Map<String, Object>> list = catalog.list();
        for (Map<String, Object> m : list) {
            if (m.get("id").equals("insurance")) {
                continue;
            }
            String id = (String) m.get("id");
            assertTrue(catalog.load(id).rows() > 0, id);
        }
        assertEquals(List.of("insurance", "iris", "wine", "breast-cancer", "diabetes", "penguins", "cars", "seattle-weather"),
                list.stream().map(m -> m.get("id")).toList().subList(0, 8));
        String message = assertThrows(IllegalArgumentException.class, () -> catalog.load("nope")).getMessage();
        assertTrue(message.startsWith("unknown dataset 'nope' (available: insurance, "), message);
        assertTrue(message.endsWith(", plane, gaussians, rare)"), message);
    }
}
