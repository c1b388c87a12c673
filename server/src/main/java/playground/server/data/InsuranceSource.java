package playground.server.data;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The Medical Cost insurance data. Its licence is unconfirmed, so the project does not ship it: it is read from a
 * configured directory (--data-dir or PLAYGROUND_DATA_DIR) first, then from the cache, and otherwise downloaded
 * once from its canonical, pinned URL, checked against the pinned sha256 and cached. Both published line endings
 * (the CRLF original and an LF copy) are accepted.
 */
public final class InsuranceSource {
    public static final String FILE = "insurance.csv";
    public static final String URL = "https://raw.githubusercontent.com/stedy/Machine-Learning-with-R-datasets/"
            + "a00b60ee16f19e2c0e00f2143347d9ba57be8c7b/insurance.csv";
    public static final String SHA256_CRLF = "388eff679557d08ac19f463d025de5e0b4adc482537c8456d19934d78621fd47";
    public static final String SHA256_LF = "6e3894cf7d9210613f62c866684055decea694345cd4f244ecd7167041578c68";

    private final Path dataDir;  // may be null
    private final Path cacheDir;
    private final String url;

    public InsuranceSource(Path dataDir, Path cacheDir, String url) {
        this.dataDir = dataDir;
        this.cacheDir = cacheDir;
        this.url = url;
    }

    /** The CSV text; an IllegalStateException says exactly how to supply the file when it cannot be had. */
    public String read() {
        if (dataDir != null) {
            Path p = dataDir.resolve(FILE);
            if (Files.exists(p)) {
                return verified(readBytes(p), p.toString());
            }
        }
        Path cached = cacheDir.resolve(FILE);
        if (Files.exists(cached)) {
            return verified(readBytes(cached), cached.toString());
        }
        byte[] body;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode());
            }
            body = r.body();
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(); // ConnectException has none
            throw new IllegalStateException(unavailable("the download from " + url + " failed (" + why + ")"));
        }
        String text = verified(body, url);
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, FILE, ".part");
            Files.write(tmp, body);
            Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Caching is an optimisation: the data is verified and usable without it.
        }
        return text;
    }

    /** Whether the file can be had without a download. */
    public boolean local() {
        return (dataDir != null && Files.exists(dataDir.resolve(FILE))) || Files.exists(cacheDir.resolve(FILE));
    }

    public String unavailable(String why) {
        return "The insurance dataset is not available: " + why + ". It is not redistributed with this program; put "
                + FILE + " (sha256 " + SHA256_CRLF + " or, with LF line ends, " + SHA256_LF + ") in a directory and "
                + "pass --data-dir DIR or set PLAYGROUND_DATA_DIR=DIR.";
    }

    private String verified(byte[] bytes, String where) {
        String sha = sha256(bytes);
        if (!sha.equals(SHA256_CRLF) && !sha.equals(SHA256_LF)) {
            throw new IllegalStateException(unavailable(where + " has sha256 " + sha + ", not the pinned file's"));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p + ": " + e.getMessage());
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
