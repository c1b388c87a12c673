package playground.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
    private static final Table T = Csv.parse("age,sex,bmi,region,y\n"
            + "20,female,20,north,1\n"
            + "40,male,30,south,2\n"
            + "60,male,40,north,3\n"
            + "80,female,100,east,4\n"); // row 3 is held out: its values must not influence the fit

    private static final int[] TRAIN = {0, 1, 2};

    @Test
    void fitsOnTrainingRowsOnlyAndOrdersOutputsLikeScikitLearn() {
        Preprocessor p = Preprocessor.fit(T, TRAIN, List.of("age", "sex", "bmi", "region"), Map.of());
        assertEquals(List.of("age", "bmi", "sex_female", "sex_male", "region_north", "region_south"), p.outputNames());
        double[] x = p.transform(T, new int[] {0, 3});
        // row 0: age (20−20)/40 = 0, bmi 0, female, north
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 0}, java.util.Arrays.copyOfRange(x, 0, 6), 1e-15);
        // row 3: age (80−20)/40 = 1.5, bmi (100−20)/20 = 4 (beyond the training range), region 'east' unseen → zeros
        assertArrayEquals(new double[] {1.5, 4, 1, 0, 0, 0}, java.util.Arrays.copyOfRange(x, 6, 12), 1e-15);
    }

    @Test
    void standardScalingUsesThePopulationStandardDeviation() {
        Preprocessor p = Preprocessor.fit(T, TRAIN, List.of("age"), Map.of("age", Preprocessor.Kind.STANDARD));
        double sigma = Math.sqrt((400 + 0 + 400) / 3.0); // ages 20, 40, 60: mean 40
        assertArrayEquals(new double[] {-20 / sigma, 0, 20 / sigma}, p.transform(T, TRAIN), 1e-15);
    }

    @Test
    void passthroughDropAndConstantColumns() {
        Table t = Csv.parse("a,b,c\n1,5,7\n2,5,8\n");
        Preprocessor p = Preprocessor.fit(t, new int[] {0, 1}, List.of("a", "b", "c"),
                Map.of("a", Preprocessor.Kind.PASSTHROUGH, "c", Preprocessor.Kind.DROP));
        assertEquals(List.of("b", "a"), p.outputNames());
        assertArrayEquals(new double[] {0, 1, 0, 2}, p.transform(t, new int[] {0, 1}), 1e-15); // constant b → 0
    }

    @Test
    void missingValuesAreImputedFromTheTrainingRows() {
        Table t = Csv.parse("n,c\n1,a\n3,a\n,b\n5,\n");
        Preprocessor p = Preprocessor.fit(t, new int[] {0, 1, 2, 3}, List.of("n", "c"),
                Map.of("n", Preprocessor.Kind.PASSTHROUGH));
        double[] x = p.transform(t, new int[] {2, 3});
        assertArrayEquals(new double[] {3, 0, 1, 5, 1, 0}, x, 1e-15); // mean of 1,3,5; most frequent 'a'
    }

    @Test
    void identifierLikeTextIsDroppedByDefaultButCanBeOneHotEncoded() {
        StringBuilder csv = new StringBuilder("id,x\n");
        for (int i = 0; i < 60; i++) {
            csv.append("name").append(i).append(',').append(i).append('\n');
        }
        Table t = Csv.parse(csv.toString());
        int[] all = java.util.stream.IntStream.range(0, 60).toArray();
        assertEquals(List.of("x"), Preprocessor.fit(t, all, List.of("id", "x"), Map.of()).outputNames());
        assertEquals(61, Preprocessor.fit(t, all, List.of("id", "x"), Map.of("id", Preprocessor.Kind.ONEHOT)).width());
    }

    @Test
    void textCannotBeScaled() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Preprocessor.fit(T, TRAIN, List.of("sex"), Map.of("sex", Preprocessor.Kind.MINMAX)));
        assertEquals("column 'sex' holds text, so it cannot be minmax-scaled; use onehot or drop", e.getMessage());
    }

    @Test
    void theTargetScalerInvertsExactly() {
        TargetScaler s = TargetScaler.fit(new double[] {1, 2, 3, 100}, new int[] {0, 1, 2});
        assertEquals(2, s.mean, 1e-15);
        assertEquals(Math.sqrt(2 / 3.0), s.std, 1e-15);
        assertEquals(100, s.inverse(s.forward(100)), 1e-12);
    }
}
