package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.data.Csv;
import playground.engine.data.Table;
import playground.engine.math.DMath;
import playground.engine.spec.ExperimentSpec;

/** yscale=log: trained on log1p of the target, every metric in the target's own units. */
class LogTargetTest {
    private static Table charges() {
        StringBuilder csv = new StringBuilder("age,smoker,charges\n");
        for (int i = 0; i < 80; i++) {
            int age = 18 + i % 47;
            boolean smoker = i % 5 == 0;
            csv.append(age).append(',').append(smoker ? "yes" : "no").append(',')
                    .append(Math.round(1000 * Math.exp(age / 30.0) * (smoker ? 3 : 1) + 37 * (i % 7))).append('\n');
        }
        return Csv.parse(csv.toString());
    }

    private static final String SPEC = "layers=dense:8:relu&opt=adam&lr=0.05&epochs=30&batch=16&yscale=log&val=0.2&test=0.2";

    @Test
    void theNetworkTrainsOnLog1pAndTheMetricsAreInTheTargetsUnits() {
        Table t = charges();
        Experiment e = Experiment.prepare(ExperimentSpec.fromQuery(SPEC).spec, t, null, List.of());
        double[] y = t.column("charges").numbers;
        double[] trained = e.targets(e.split.train);
        for (int i = 0; i < e.split.train.length; i++) {
            assertEquals(DMath.log1p(y[e.split.train[i]]), trained[i], 0.0);
        }
        e.train();
        ExperimentResult r = e.evaluate();
        double[] predicted = e.predict(e.split.test);
        double abs = 0;
        for (int i = 0; i < predicted.length; i++) {
            abs += Math.abs(predicted[i] - y[e.split.test[i]]);
        }
        assertEquals(abs / predicted.length, r.test.get("mae"), 1e-9 * r.test.get("mae"));
        assertTrue(r.test.get("mae") > 10, "dollars, not log units: " + r.test.get("mae"));
    }

    @Test
    void aSavedModelReadsItsPredictionsBackWithExpm1() {
        Experiment e = Experiment.prepare(ExperimentSpec.fromQuery(SPEC).spec, charges(), null, List.of());
        e.train();
        ModelFile back = ModelFile.fromJson(ModelFile.of(e).toJson());
        assertTrue(back.targetScaler.log);
        assertEquals(DMath.expm1(2.5), back.targetScaler.inverse(2.5), 0.0);
    }

    @Test
    void aTargetAtOrBelowMinusOneIsRefusedNamingItsRow() {
        Table t = Csv.parse("x,y\n1,3\n2,5\n3,-1\n4,7\n5,9\n6,2\n7,4\n8,1\n9,6\n10,8\n");
        String m = assertThrows(IllegalArgumentException.class,
                () -> Experiment.prepare(ExperimentSpec.fromQuery("yscale=log&val=0.2&test=0.2").spec, t, null, List.of())).getMessage();
        assertTrue(m.contains("row 3") && m.contains("-1") && m.contains("yscale=log"), m);
    }
}
