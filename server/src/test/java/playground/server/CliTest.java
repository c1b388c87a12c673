package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.engine.spec.Json;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summaryOfTheInsuranceBlogPresetPrintsKerasCounts() {
        assertEquals(0, Main.run("summary", "--preset", "insurance-blog"));
        assertTrue(stdout().contains("Total params: 22,745\nTrainable params: 22,123\nNon-trainable params: 622\n"), stdout());
    }

    @Test
    void summaryJsonHasTheDocumentedFields() {
        assertEquals(0, Main.run("summary", "--preset", "insurance-blog", "--json"));
        Map<?, ?> m = (Map<?, ?>) Json.parse(stdout().trim());
        assertEquals(22745.0, m.get("total"));
        assertEquals(22123.0, m.get("trainable"));
        assertEquals(622.0, m.get("non_trainable"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) m.get("layers")).get(0);
        assertEquals(List.of("name", "type", "output_shape", "params", "trainable"), List.copyOf(first.keySet()));
    }

    @Test
    void trainSaveAndPredictRoundTrip(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("xor.json");
        assertEquals(0, Main.run("train", "--dataset", "xor", "--epochs", "60", "--lr", "0.03", "--save", model.toString()));
        assertTrue(stdout().contains("epoch,loss,lr\n1,"), stdout());
        Path input = dir.resolve("points.csv");
        Files.writeString(input, "x1,x2\n3,3\n-3,3\n3,-3\n-3,-3\n");
        out.reset();
        assertEquals(0, Main.run("predict", "--model", model.toString(), "--input", input.toString()));
        String[] lines = stdout().trim().split("\n");
        assertEquals("prediction", lines[0]);
        // XOR: same signs → 1, different signs → 0
        assertTrue(Double.parseDouble(lines[1]) > 0.5 && Double.parseDouble(lines[4]) > 0.5, stdout());
        assertTrue(Double.parseDouble(lines[2]) < 0.5 && Double.parseDouble(lines[3]) < 0.5, stdout());
    }

    @Test
    void aDivergingRunExitsWith3AndSaysWhatToDo() {
        assertEquals(3, Main.run("train", "--dataset", "plane", "--optimizer", "sgd", "--lr", "100"));
        assertTrue(stderr().contains("Training diverged in epoch 1"), stderr());
        assertTrue(stderr().contains("Try a smaller learning rate than 100.0."), stderr());
    }

    @Test
    void badInputIsASentenceNotAStackTrace(@TempDir Path dir) throws Exception {
        assertEquals(2, Main.run("summary", "--inputs", "3", "--layers", "dense:4:relux"));
        assertTrue(stderr().startsWith("error: unknown activation 'relux'"), stderr());
        err.reset();
        Path input = dir.resolve("bad.csv");
        Files.writeString(input, "1,2\n3,abc\n");
        Path model = dir.resolve("m.json");
        assertEquals(0, Main.run("train", "--epochs", "1", "--save", model.toString()));
        assertEquals(2, Main.run("predict", "--model", model.toString(), "--input", input.toString()));
        assertEquals("error: line 2, column 2: 'abc' is not a number", stderr().trim());
    }
}
