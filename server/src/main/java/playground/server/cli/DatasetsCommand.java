package playground.server.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import playground.server.data.DatasetCatalog;

@Command(name = "datasets", description = "List the datasets that train and tune accept with --set data=ID.")
final class DatasetsCommand implements Callable<Integer> {
    @Option(names = "--data-dir", description = "Directory with insurance.csv (default: $PLAYGROUND_DATA_DIR).")
    Path dataDir;

    @Override
    public Integer call() {
        for (Map<String, Object> d : new DatasetCatalog(DatasetCatalog.dataDir(dataDir)).list()) {
            String line = String.format("%-16s %-15s target %-18s %s", d.get("id"), d.get("task"), d.get("target"), d.get("name"));
            System.out.println(line.stripTrailing());
            if (Boolean.FALSE.equals(d.get("available"))) {
                System.out.println("    unavailable: " + d.get("message"));
            }
        }
        return 0;
    }
}
