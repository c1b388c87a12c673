package playground.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The one jar's entry point: the server by default, and the engine on the command line. */
@Command(name = "backprop-playground", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Backprop Playground 0.1.0",
        description = "Train and inspect neural networks; serve the browser playground.",
        subcommands = {ServeCommand.class, SummaryCommand.class, TrainCommand.class, TuneCommand.class, PredictCommand.class, DatasetsCommand.class, SettingsCommand.class, ExportSiteCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        String[] effective = args;
        if (args.length == 0 || (args[0].startsWith("-") && !java.util.Set.of("-h", "--help", "-V", "--version").contains(args[0]))) {
            // the server is the default command: "java -jar … --port 8080" means "serve --port 8080"
            effective = new String[args.length + 1];
            effective[0] = "serve";
            System.arraycopy(args, 0, effective, 1, args.length);
        }
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // Engine errors are sentences for the user, not stack traces.
                    cmd.getErr().println("error: " + e.getMessage());
                    return e instanceof IllegalArgumentException ? 2 : 1;
                })
                .execute(effective);
    }
}
