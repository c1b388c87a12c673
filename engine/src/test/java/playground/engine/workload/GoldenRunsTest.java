package playground.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.spec.Callbacks;
import playground.engine.spec.Choice;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Family;
import playground.engine.spec.Ids;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.Param;
import playground.engine.text.Tokens;

/** Every golden run, replayed from its spec on the JVM, reproduces its recorded numbers bit for bit. */
class GoldenRunsTest {
    @TestFactory
    Stream<DynamicTest> everyGoldenRunReplaysBitForBit() throws Exception {
        List<GoldenRuns.Golden> goldens = GoldenRuns.load();
        Table insurance = GoldenRuns.insurance();
        return goldens.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> {
            if (g.needsInsurance()) {
                assumeTrue(insurance != null, "insurance.csv not available");
            }
            assertEquals(g.record(), GoldenRecord.run(g.query(), g.needsInsurance() ? insurance : null), g.name());
        }));
    }

    @Test
    void everySpecOfTheListHasItsFrozenFile() throws Exception {
        Map<String, String> files = GoldenRuns.load().stream()
                .collect(Collectors.toMap(GoldenRuns.Golden::name, GoldenRuns.Golden::query));
        for (String[] s : GoldenRuns.SPECS) {
            assertEquals(s[1], files.get(s[0]), "golden file " + s[0] + " (written by GoldenRuns.main) keeps its spec");
        }
    }

    @Test
    void theGoldenRunsCoverEveryIdOfTheGrammarAndEveryCallback() throws Exception {
        Set<String> used = new HashSet<>();
        for (GoldenRuns.Golden g : GoldenRuns.load()) {
            ExperimentSpec s = ExperimentSpec.fromQuery(g.query()).spec;
            flags(s.current(), used); // version 1's goldens reach the legacy flags through their spelling
            if (s.version() != ExperimentSpec.VERSION) {
                continue; // the newest version's goldens alone cover the grammar
            }
            collect(LayerSpec.parseList(s.get("layers")), used);
            String loss = s.get("loss");
            boolean classes = Synthetic.isSynthetic(s.get("data")) && Synthetic.isClassification(s.get("data"));
            used.add("loss " + Tokens.parts(loss.equals("auto") ? (classes ? "cce" : "mse") : loss).get(0));
            used.add("opt " + Tokens.parts(s.get("opt")).get(0));
            used.add("decay " + Tokens.parts(s.get("decay")).get(0));
            for (String callback : new String[] {"es", "rlr", "ckpt"}) {
                if (!s.get(callback).equals("off")) {
                    used.add("callback " + callback);
                }
            }
            used.add("data " + (Synthetic.isSynthetic(s.get("data")) ? "2-D" : s.get("data")));
            used.add("reg " + Tokens.parts(s.get("reg")).get(0));
            for (String f : Tokens.split(s.get("features"), ',')) {
                used.add("feature " + f);
            }
        }
        List<String> missing = new ArrayList<>();
        need(missing, used, "layer", LayerSpec.KINDS);
        need(missing, used, "activation", Ids.ACTIVATIONS.choices());
        need(missing, used, "init", Ids.INITIALIZERS.choices());
        need(missing, used, "loss", Ids.LOSSES.choices());
        need(missing, used, "opt", Ids.OPTIMIZERS.choices());
        need(missing, used, "decay", Ids.SCHEDULES.choices());
        need(missing, used, "reg", Ids.REGULARIZERS.choices());
        for (playground.engine.data.Features.Feature f : playground.engine.data.Features.Feature.values()) {
            if (!used.contains("feature " + f.id)) {
                missing.add("feature " + f.id);
            }
        }
        for (Family<?> f : List.<Family<?>>of(Ids.OPTIMIZERS, Ids.INITIALIZERS, Ids.ACTIVATIONS)) {
            for (Choice c : f.choices()) {
                for (Param p : c.params) {
                    if (p.kind == Param.Kind.FLAG && !used.contains("flag " + p.word())) {
                        missing.add("flag " + c.id + ":" + p.word());
                    }
                }
            }
        }
        for (Param p : Callbacks.PARTS.get("es")) {
            if (p.kind == Param.Kind.FLAG && !used.contains("flag " + p.word())) {
                missing.add("flag es:" + p.word());
            }
        }
        for (String other : new String[] {"callback es", "callback rlr", "callback ckpt", "data 2-D", "data insurance"}) {
            if (!used.contains(other)) {
                missing.add(other);
            }
        }
        assertEquals(List.of(), missing, "not covered by any golden run");
    }

    /** The flags a spec writes, in the newest version's words ("flag ema", "flag untruncated", "flag on_stop"). */
    private static void flags(ExperimentSpec s, Set<String> used) {
        List<String> words = new ArrayList<>(Tokens.parts(s.get("opt")));
        words.addAll(Callbacks.parts("es", s.get("es")));
        for (String layer : Tokens.split(s.get("layers").replace('(', ',').replace(')', ','), ',')) {
            words.addAll(Tokens.parts(layer));
        }
        for (String w : words) {
            used.add("flag " + w);
        }
    }

    private static void collect(List<LayerSpec> layers, Set<String> used) {
        for (LayerSpec l : layers) {
            used.add("layer " + l.kindId());
            if (l.type == LayerSpec.Type.DENSE) {
                used.add("activation " + Tokens.parts(l.activation.id()).get(0));
                used.add("init " + Tokens.parts(l.kernelInit.id()).get(0));
                used.add("init " + Tokens.parts(l.biasInit.id()).get(0));
            }
            collect(l.block, used);
        }
    }

    private static void need(List<String> missing, Set<String> used, String what, List<Choice> choices) {
        for (Choice c : choices) {
            String id = c.id.equals("ones") ? "constant" : c.id; // ones is written back as constant:1
            if (!used.contains(what + " " + id) && !(c.id.equals("ones") && used.contains("init ones"))) {
                missing.add(what + " " + c.id);
            }
        }
    }
}
