package playground.server.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import playground.engine.data.Csv;
import playground.engine.data.Preprocessor;
import playground.engine.data.Table;
import playground.engine.experiment.ModelFile;
import playground.engine.text.Numbers;

@Command(name = "predict", description = "Run a saved model on the rows of a numeric CSV file and print its outputs as CSV.")
final class PredictCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "A model file written by 'train --save', or a TensorFlow.js"
            + " Layers model.json (from 'train --save-tfjs', TF.js's model.save or Keras via the tensorflowjs converter) with its"
            + " weights file beside it.")
    Path model;

    @Option(names = "--input", required = true, description = "CSV with the model's feature columns by name (models trained "
            + "with preprocessing), or numeric features in order (models without); one row per example.")
    Path input;

    @Option(names = "--output", description = "Write the predictions here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        String text = read(model);
        ModelFile file;
        if (TfjsFiles.isTfjs(text)) {
            playground.engine.experiment.TfjsModel.Imported imported = TfjsFiles.read(model, text);
            file = imported.model();
            if (!imported.hasPreprocessing()) {
                System.err.println("note: " + model + " has no preprocessing metadata; the input's columns are taken as the model's "
                        + file.spec.inputSize + " inputs, already prepared");
            }
        } else {
            file = ModelFile.fromJson(text);
        }
        if (file.preprocessor != null) {
            return predictTable(file);
        }
        int inputs = file.spec.inputSize;
        List<double[]> rows = parseCsv(read(input), inputs);
        double[] x = new double[rows.size() * inputs];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, x, i * inputs, inputs);
        }
        int outs = file.network.outputSize();
        double[] y = file.network.predict(x, rows.size());
        try (PrintStream out = open()) {
            StringBuilder header = new StringBuilder();
            for (int j = 0; j < outs; j++) {
                header.append(j == 0 ? "" : ",").append(outs == 1 ? "prediction" : "output_" + j);
            }
            out.println(header);
            for (int i = 0; i < rows.size(); i++) {
                StringBuilder line = new StringBuilder();
                for (int j = 0; j < outs; j++) {
                    line.append(j == 0 ? "" : ",").append(Numbers.format(y[i * outs + j]));
                }
                out.println(line);
            }
        }
        return 0;
    }

    /** Raw rows with named columns: the model's own preprocessing turns them into features. */
    private int predictTable(ModelFile file) throws Exception {
        Table table = Csv.parse(read(input));
        for (Preprocessor.Step step : file.preprocessor.steps()) {
            if (!table.has(step.column)) {
                throw new IllegalArgumentException("the input has no column '" + step.column + "' (the model needs "
                        + String.join(", ", stepColumns(file)) + ")");
            }
            if (step.kind != Preprocessor.Kind.ONEHOT && !table.column(step.column).numeric) {
                throw new IllegalArgumentException("column '" + step.column + "' must hold numbers");
            }
        }
        int[] rows = new int[table.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        double[] y = file.network.predict(file.preprocessor.transform(table, rows), rows.length);
        try (PrintStream out = open()) {
            if (file.classes.isEmpty()) {
                out.println(file.target == null ? "prediction" : file.target);
                for (int i = 0; i < rows.length; i++) {
                    out.println(Numbers.format(file.targetScaler.inverse(y[i])));
                }
            } else {
                int k = file.classes.size();
                StringBuilder header = new StringBuilder(file.target);
                for (String c : file.classes) {
                    header.append(",p_").append(c);
                }
                out.println(header);
                for (int i = 0; i < rows.length; i++) {
                    int best = 0;
                    for (int j = 1; j < k; j++) {
                        best = y[i * k + j] > y[i * k + best] ? j : best;
                    }
                    StringBuilder line = new StringBuilder(file.classes.get(best));
                    for (int j = 0; j < k; j++) {
                        line.append(",").append(Numbers.format(y[i * k + j]));
                    }
                    out.println(line);
                }
            }
        }
        return 0;
    }

    /** The output: --output's file, or standard output, which closing must leave open (the CLI runs in-process too). */
    private PrintStream open() throws java.io.IOException {
        if (output != null) {
            return new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8);
        }
        return new PrintStream(new java.io.FilterOutputStream(System.out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        }, false, StandardCharsets.UTF_8);
    }

    private static List<String> stepColumns(ModelFile file) {
        List<String> names = new ArrayList<>();
        for (Preprocessor.Step s : file.preprocessor.steps()) {
            names.add(s.column);
        }
        return names;
    }

    private static String read(Path p) throws java.io.IOException {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file not found: " + p);
        }
    }

    /** Numeric CSV (comma, semicolon or tab); errors name the line and column. */
    static List<double[]> parseCsv(String text, int width) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("[,;\t]");
            if (cells.length != width) {
                throw new IllegalArgumentException("line " + (n + 1) + " has " + cells.length
                        + " values, the model takes " + width);
            }
            double[] row = new double[width];
            boolean header = false;
            for (int j = 0; j < width; j++) {
                String cell = cells[j].trim();
                try {
                    row[j] = Numbers.parse(cell);
                } catch (NumberFormatException e) {
                    if (rows.isEmpty() && n == firstNonEmpty(lines)) {
                        header = true;
                        break;
                    }
                    throw new IllegalArgumentException("line " + (n + 1) + ", column " + (j + 1) + ": '" + cell
                            + "' is not a number");
                }
            }
            if (!header) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the input has no data rows");
        }
        return rows;
    }

    private static int firstNonEmpty(String[] lines) {
        for (int n = 0; n < lines.length; n++) {
            if (!lines[n].trim().isEmpty()) {
                return n;
            }
        }
        return -1;
    }
}
