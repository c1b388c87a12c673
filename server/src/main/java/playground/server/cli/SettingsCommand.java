package playground.server.cli;

import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Setting;
import playground.engine.spec.Settings;

/** The spec's keys as the engine declares them: for a terminal, as the README's Markdown table, or as JSON. */
@Command(name = "settings", description = "List every setting that --set, --grid and the page URL accept: default, "
        + "accepted values and meaning.")
final class SettingsCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "The table in Markdown (the README's settings table).")
    boolean markdown;

    @Option(names = "--json", description = "The table as JSON (what the page builds its controls from).")
    boolean json;

    @Override
    public Integer call() {
        if (json) {
            System.out.println(Settings.json());
        } else if (markdown) {
            System.out.print(Settings.markdown());
        } else {
            System.out.println("Settings of spec version " + ExperimentSpec.VERSION
                    + " (a spec without v=N is read as version " + ExperimentSpec.UNVERSIONED + "):");
            for (Setting s : Settings.ALL) {
                System.out.printf("  %-11s %-28s %s%n", s.key, s.defaultValue.isEmpty() ? "(none)" : s.defaultValue, s.form);
                System.out.println("              " + s.help);
            }
        }
        return 0;
    }

    /** The keys, for picocli's ${COMPLETION-CANDIDATES} in the help of --set. */
    static final class Keys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Settings.keys().iterator();
        }
    }
}
