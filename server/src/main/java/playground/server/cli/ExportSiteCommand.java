package playground.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import playground.engine.text.Json;
import playground.server.data.DatasetCatalog;
import playground.server.data.InsuranceSource;

/**
 * Writes the playground as static files for hosting without this server (any static host that serves .wasm as
 * application/wasm, at the root of a domain). URL sharing and /embed.html?… keep working; saving, short links and
 * oEmbed need the server and are left out. The insurance data is not redistributed, so it is listed as unavailable.
 */
@Command(name = "export-site", description = "Write the pages and compiled assets to DIR for static hosting (no saved experiments).")
final class ExportSiteCommand implements Callable<Integer> {
    static final String STATIC_MARK = "<meta name=\"playground-static\" content=\"true\">";

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory to write (created; existing files are overwritten).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(dir);
        int files = copyTree("/static", "index.html", dir);
        files += copyTree("/teavm", "wasm/engine.wasm", dir.resolve("teavm"));
        files += copyTree("/META-INF/resources/webjars/uplot/1.6.30/dist", "uPlot.iife.min.js", dir.resolve("webjars/uplot/1.6.30/dist"));
        for (String page : List.of("index.html", "embed.html", "learn.html")) {
            Path p = dir.resolve(page);
            String html = Files.readString(p);
            html = html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n  " + STATIC_MARK);
            Files.writeString(p, html.replace("href=\"/learn/neuron\"", "href=\"/learn.html?view=neuron\"")); // no /learn/{view} routes on a static host
        }
        Files.writeString(dir.resolve("datasets/site-catalog.json"), Json.write(catalog()));
        System.out.println("Wrote " + files + " files to " + dir.toAbsolutePath() + ". Host them at the root of a domain;"
                + " serve .wasm as application/wasm.");
        return 0;
    }

    /** The catalog for a static copy: the vendored files and the synthetic sets; insurance only by the user's CSV. */
    static List<Map<String, Object>> catalog() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> e : new DatasetCatalog(null, DatasetCatalog.defaultCacheDir(), InsuranceSource.URL).listWithoutDownload()) {
            Map<String, Object> m = new LinkedHashMap<>(e);
            if ("insurance".equals(m.get("id"))) {
                m.put("available", false);
                m.put("message", "The insurance data is not redistributed with this static copy of the playground: download"
                        + " insurance.csv (Machine Learning with R datasets) and open it with 'your CSV file'.");
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Copies the classpath directory {@code root} to {@code dest}, found through {@code marker} (a file known to be in
     * it, relative to it), from a directory (running from the build) or from inside a jar (the shaded jar).
     */
    static int copyTree(String root, String marker, Path dest) throws IOException {
        URL url = ExportSiteCommand.class.getResource(root + "/" + marker);
        if (url == null) {
            throw new IllegalStateException("missing resource " + root + "/" + marker);
        }
        int up = marker.split("/").length;
        URI uri;
        try {
            uri = url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return copyDir(ancestor(fs.provider().getPath(uri), up), dest);
        }
        return copyDir(ancestor(Path.of(uri), up), dest);
    }

    private static Path ancestor(Path p, int levels) {
        for (int i = 0; i < levels; i++) {
            p = p.getParent();
        }
        return p;
    }

    private static int copyDir(Path source, Path dest) throws IOException {
        int n = 0;
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = dest.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.createDirectories(target.getParent());
                        Files.write(target, in.readAllBytes());
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
