package playground.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.data.Csv;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Json;

/**
 * Every dataset the server and the CLI know by id: the insurance data (see {@link InsuranceSource}), the classics
 * vendored under static/datasets (described by its catalog.json), and the engine's synthetic 2-D sets.
 */
final class DatasetCatalog {
    private final InsuranceSource insurance;
    private final List<Map<String, Object>> classics;

    DatasetCatalog(Path dataDir) {
        this(dataDir, defaultCacheDir(), System.getenv().getOrDefault("PLAYGROUND_INSURANCE_URL", InsuranceSource.URL));
    }

    DatasetCatalog(Path dataDir, Path cacheDir, String insuranceUrl) {
        this.insurance = new InsuranceSource(dataDir, cacheDir, insuranceUrl);
        this.classics = readClassics();
    }

    /** --data-dir when given, else PLAYGROUND_DATA_DIR, else none. */
    static Path dataDir(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("PLAYGROUND_DATA_DIR");
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("backprop-playground");
    }

    /** The table a spec's "data" names, generated with the spec's n, noise and data_seed for synthetic sets. */
    Table load(ExperimentSpec spec) {
        String id = spec.get("data");
        if (Synthetic.isSynthetic(id)) {
            return Synthetic.table(id, spec.integer("n"), spec.number("noise"), spec.seed("data_seed"));
        }
        return load(id);
    }

    /** The dataset with this id; synthetic sets with the default size, noise and seed. */
    Table load(String id) {
        if (Synthetic.isSynthetic(id)) {
            return load(ExperimentSpec.defaults().with("data", id));
        }
        if (id.equals("insurance")) {
            return Csv.parse(insurance.read());
        }
        for (Map<String, Object> c : classics) {
            if (id.equals(c.get("id"))) {
                return Csv.parse(resource("/static/datasets/" + c.get("file")));
            }
        }
        List<String> ids = new ArrayList<>(List.of("insurance"));
        for (Map<String, Object> c : classics) {
            ids.add((String) c.get("id"));
        }
        ids.addAll(List.of(Synthetic.NAMES));
        throw new IllegalArgumentException("unknown dataset '" + id + "' (available: " + String.join(", ", ids) + ")");
    }

    /** One entry per dataset: id, name, task, target, available, and a message when it is not available. */
    List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> ins = new LinkedHashMap<>();
        ins.put("id", "insurance");
        ins.put("name", "Medical Cost (insurance)");
        ins.put("task", "regression");
        ins.put("target", "charges");
        boolean available = true;
        String message = null;
        if (!insurance.local()) {
            try {
                insurance.read();
            } catch (IllegalStateException e) {
                available = false;
                message = e.getMessage();
            }
        }
        ins.put("available", available);
        if (message != null) {
            ins.put("message", message);
        }
        out.add(ins);
        for (Map<String, Object> c : classics) {
            Map<String, Object> m = new LinkedHashMap<>(c);
            m.put("available", true);
            out.add(m);
        }
        for (String s : Synthetic.NAMES) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s);
            m.put("name", s + " (synthetic 2-D)");
            m.put("task", Synthetic.isClassification(s) ? "classification" : "regression");
            m.put("target", Synthetic.isClassification(s) ? "label" : "y");
            m.put("available", true);
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readClassics() {
        String json;
        try {
            json = resource("/static/datasets/catalog.json");
        } catch (IllegalStateException e) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.parse(json)) {
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = DatasetCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage());
        }
    }
}
