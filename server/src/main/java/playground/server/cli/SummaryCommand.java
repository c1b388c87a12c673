package playground.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import playground.engine.nn.Summary;
import playground.engine.spec.ModelSpec;

@Command(name = "summary", description = "Print a model's layers and parameter counts, as Keras's model.summary() does.")
final class SummaryCommand implements Callable<Integer> {
    @ArgGroup(exclusive = false, multiplicity = "1")
    ModelOptions model;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        ModelSpec spec = model.spec();
        Summary summary = Summary.of(spec.build(0));
        System.out.print(json ? summary.toJson() + "\n" : summary.toText());
        return 0;
    }
}
