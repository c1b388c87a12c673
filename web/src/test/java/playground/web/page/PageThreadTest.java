package playground.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page thread never trains, by construction: the page build's classes use no engine package but {@code text}
 * (JSON, numbers, queries), so no layer, optimizer, session or training loop can run there — only in a worker.
 * The check reads the compiled classes, whose constant pools name every class they use.
 */
class PageThreadTest {
    private static final Path WEB = Path.of("target", "classes", "playground", "web");
    /** The page build: everything but the worker. */
    private static final String[] PAGE_PACKAGES = {"page", "dom", "charts", "check", "bench", "embed", "learn", "playground", "protocol"};

    @Test
    void thePageBuildUsesNoEnginePackageButText() throws IOException {
        List<String> offences = new ArrayList<>();
        int classes = 0;
        for (String pkg : PAGE_PACKAGES) {
            Path dir = WEB.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var walk = Files.walk(dir)) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                    classes++;
                    String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    int at = pool.indexOf("playground/engine/");
                    while (at >= 0) {
                        int end = pool.indexOf('/', at + "playground/engine/".length());
                        String used = pool.substring(at + "playground/engine/".length(), end);
                        if (!used.equals("text")) {
                            offences.add(WEB.relativize(f) + " uses engine." + used);
                        }
                        at = pool.indexOf("playground/engine/", at + 1);
                    }
                    assertTrue(!pool.contains("playground/web/worker/"), f + " uses the worker");
                }
            }
        }
        assertTrue(classes > 20, "found the page build's classes: " + classes);
        assertEquals(List.of(), offences);
    }
}
