package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.experiment.Experiment;
import playground.engine.nn.Dense;
import playground.engine.text.Numbers;

class ClaimsTest {
    @Test
    void reversalsCountTheStepsThatChangeDirection() {
        assertEquals(0, Claims.reversals(new double[] {3, 2, 1, 0}, 3));
        assertEquals(2, Claims.reversals(new double[] {0, 1, 0, 1}, 3));
        assertEquals(1, Claims.reversals(new double[] {0, 1, 0, 1}, 2), "only the first steps count");
        assertEquals(0, Claims.reversals(new double[] {2, 0, 0, 0}, 3), "landing on the floor is no reversal");
    }

    @Test
    void plainSgdAtItsDefaultRateZigZagsEveryStepAcrossTheBowl() {
        // on the bowl ½(x² + 20y²) a step of SGD multiplies y by 1 − 20η: at η = 0.09 that is −0.8, a reversal every step
        double eta = Learn.SGD_RATE;
        assertEquals(-0.8, 1 - 20 * eta, 1e-12);
        double[] ys = new double[Claims.TURN_STEPS + 1];
        ys[0] = Surface.BOWL.startY;
        for (int t = 1; t < ys.length; t++) {
            ys[t] = ys[t - 1] * (1 - 20 * eta);
        }
        assertEquals(Claims.TURN_STEPS - 1, Claims.reversals(ys, Claims.TURN_STEPS));
        int[] turns = Claims.bowlReversals();
        assertEquals("SGD", Learn.OPTIMIZER_NAMES.get(0));
        assertEquals(Claims.TURN_STEPS - 1, turns[0]);
        String sentence = Claims.optimizers();
        assertTrue(sentence.startsWith("At the default settings"), sentence);
        assertTrue(sentence.contains("plain SGD at η = 0.09 zig-zags across the valley: it changes direction 49 times in the first 50 steps"),
                sentence);
        for (int i = 1; i < turns.length; i++) {
            String name = Learn.OPTIMIZER_NAMES.get(i);
            assertTrue(sentence.contains(name + " " + turns[i]), name + " is counted in: " + sentence);
            assertTrue(turns[i] < 49, name + " zig-zags less than SGD");
        }
    }

    @Test
    void theSaddleSentenceNamesExactlyTheOptimizersThatEndBelowMinusOne() {
        // SGD's y grows by 1 + 2η a step on x² − y²: 0.02 · 1.18^100 ≈ 3.1e5, far below −1 and still on the scale
        Race sgd = Race.run(Surface.SADDLE, "sgd", Learn.SGD_RATE, Surface.SADDLE.startX, Surface.SADDLE.startY, 100);
        assertEquals(0.02 * Math.pow(1 + 2 * Learn.SGD_RATE, 100), sgd.ys[100], 1e-6 * sgd.ys[100]);
        List<String> escaped = Claims.escaped(Claims.saddleRaces());
        assertTrue(escaped.contains("SGD"), escaped.toString());
        // each racer run here from its id and default rate, independently of the view's settings parser
        String[] ids = {"sgd", "momentum:0.9", "momentum:0.9:ema", "adagrad", "rmsprop:0.9", "adam:0.9:0.999"};
        assertEquals(ids.length, Learn.OPTIMIZER_RATES.length);
        for (int i = 0; i < ids.length; i++) {
            Race r = Race.run(Surface.SADDLE, ids[i], Learn.OPTIMIZER_RATES[i], Surface.SADDLE.startX, Surface.SADDLE.startY, 100);
            boolean below = r.divergedAt < 0 && r.losses[100] < -1;
            assertEquals(below, escaped.contains(Learn.OPTIMIZER_NAMES.get(i)), ids[i] + " ends at " + r.losses[r.losses.length - 1]);
        }
        String sentence = Claims.optimizers();
        assertTrue(sentence.contains(escaped.size() == ids.length ? "every one has escaped" : String.join(", ", escaped)), sentence);
        assertTrue(sentence.contains("(y = 0.02)"), sentence);
    }

    @Test
    void theLargeRateGrowsByOnePointOneAStepAndItsDecayedRunConverges() {
        // on ½(x² + 20y²) SGD multiplies y by 1 − 20η: at 0.105 that is −1.1, at 0.099 it is −0.98
        assertEquals(0.105, Learn.RATES[2]);
        assertEquals(-1.1, Surface.BOWL.stepFactors(0.105)[1], 1e-12);
        assertEquals(-0.98, Surface.BOWL.stepFactors(0.099)[1], 1e-12);
        double[] growth = Claims.largeRateGrowth();
        // the large run alone, by the closed form: x shrinks by 1 − η, y grows by 1.1 a step until the loss passes 1000×
        double x0 = Surface.BOWL.startX;
        double y0 = Surface.BOWL.startY;
        double start = 0.5 * (x0 * x0 + 20 * y0 * y0);
        int t = 0;
        double loss = start;
        while (loss <= 1e3 * start) {
            t++;
            double x = x0 * Math.pow(1 - 0.105, t);
            double y = y0 * Math.pow(-1.1, t);
            loss = 0.5 * (x * x + 20 * y * y);
        }
        assertEquals(loss / start, growth[0], 1e-9 * growth[0]);
        assertTrue(growth[1] < 1e-3, "decayed: the rate is 0.0525 after 25 steps, below 2/20, and the loss falls: " + growth[1]);
        assertTrue(growth[2] > 50, "but it grows first, 1.21-fold a step for 25 steps: " + growth[2]);
        String sentence = Claims.learningRate();
        assertTrue(sentence.startsWith("At the defaults"), sentence);
        assertTrue(sentence.contains("|1 − ηλ| = 1.1,"), sentence);
        assertTrue(sentence.contains("1.21-fold"), sentence);
        assertTrue(sentence.contains("it takes " + t + " steps to pass a thousand times its start"), sentence);
        assertTrue(sentence.contains("from 0.105 to 0.099 (factor 0.98)"), sentence);
        assertTrue(sentence.contains("multiplies it by 0.5 every 25 steps"), sentence);
        assertTrue(sentence.contains("ending at " + Numbers.significant(growth[1], 3) + " times its start"), sentence);
    }

    @Test
    void beforeTrainingTheFirstLayersDeadUnitsAreExactlyThoseWhoseWeightsAreAllNegative() {
        assertEquals("v=2&data=spiral&layers=dense:32:relu,dense:32:relu,dense:32:relu&opt=adam&lr=0.05&epochs=20",
                DeadUnits.query(DeadUnits.DATA, DeadUnits.LAYERS, DeadUnits.OPTIMIZER, DeadUnits.RATE, DeadUnits.EPOCHS));
        double[] range = Claims.inputRange();
        assertEquals(0, range[0], 0, "min-max scaled on the training rows");
        assertEquals(1, range[1], 0);
        Experiment e = Claims.experiment(DeadUnits.query(DeadUnits.DATA, DeadUnits.LAYERS, DeadUnits.OPTIMIZER, DeadUnits.RATE,
                DeadUnits.EPOCHS));
        Dense first = (Dense) e.network.layers().get(0);
        double[] w = first.kernel().value; // [inputs × units]
        int allNegative = 0;
        for (int u = 0; u < first.units; u++) {
            allNegative += w[u] < 0 && w[first.units + u] < 0 ? 1 : 0;
        }
        double[] before = Claims.shares(Claims.deadRun(false), 0);
        assertEquals(allNegative / 32.0, before[0], 1e-15, "with zero biases and inputs in [0, 1], z ≤ 0 on every row exactly then");
        assertTrue(before[0] > 0.1 && before[0] < 0.4, "about 1 in 4: " + before[0]);
    }

    @Test
    void theActivationsSentenceStatesTheDefaultRunsCountsAndLeakyEndsWithFewerSwitchedOff() {
        Map<String, Object> relu = Claims.deadRun(false);
        Map<String, Object> leaky = Claims.deadRun(true);
        assertEquals(List.of("dense 1 (32 leaky_relu)", "dense 2 (32 leaky_relu)", "dense 3 (32 leaky_relu)"), leaky.get("layers"),
                "α = 0.2 is the default, so the id drops it");
        double[] before = Claims.shares(relu, 0);
        double[] after = Claims.shares(relu, -1);
        double[] leakyAfter = Claims.shares(leaky, -1);
        assertEquals(21, ((List<?>) relu.get("epochs")).size(), "epoch 0 and 20 trained");
        for (int k = 0; k < 3; k++) {
            assertTrue(after[k] > before[k] + 0.4, "Adam at 0.05 kills most ReLU units of layer " + (k + 1) + ": " + after[k]);
            assertTrue(leakyAfter[k] < after[k], "fewer leaky units end switched off in layer " + (k + 1));
        }
        String sentence = Claims.activations();
        assertTrue(sentence.startsWith("Compare the derivatives' peaks: sigmoid's is only 0.25 (tanh's 1)"), sentence);
        assertTrue(sentence.contains("Before any step, " + Math.round(100 * before[0]) + " %, " + Math.round(100 * before[1]) + " % and "
                + Math.round(100 * before[2]) + " % of the three ReLU layers' units are already dead"), sentence);
        assertTrue(sentence.contains("the inputs lie in [0, 1]") && sentence.contains("(1 chance in 4)"), sentence);
        assertTrue(sentence.contains("after 20 epochs " + Math.round(100 * after[0]) + " %, " + Math.round(100 * after[1]) + " % and "
                + Math.round(100 * after[2]) + " % are dead"), sentence);
        assertTrue(sentence.contains("ends with " + Math.round(100 * leakyAfter[0]) + " %"), sentence);
        int comebacks = Claims.comebacks(relu);
        assertEquals(comebacks > 0, sentence.contains("a layer's share fell " + comebacks + " times"), sentence);
    }

    @Test
    void comebacksCountEveryFallOfALayersShare() {
        Map<String, Object> run = Map.of("epochs", List.of(Map.of("dead", List.of(0.5, 0.1)), Map.of("dead", List.of(0.25, 0.2)),
                Map.of("dead", List.of(0.0, 0.1))));
        assertEquals(3, Claims.comebacks(run));
    }

    @Test
    void atTheRegularizationDefaultsDropoutBatchNormL1AndL2EachLowerTheFinalValidationLossByAtLeastTenPercent() {
        Map<?, ?> plain = Claims.lastEpoch(null);
        assertTrue((Double) plain.get("loss") < 0.01, "the plain network memorises its training rows: " + plain.get("loss"));
        double base = (Double) plain.get("val_data");
        assertEquals(base, (Double) plain.get("val_loss"), 0, "no penalty: val_loss is the validation loss itself");
        String sentence = Claims.regularization();
        for (String reg : new String[] {"dropout", "bn", "l1", "l2"}) {
            double v = Claims.finalValidationLoss(reg);
            assertTrue(v <= 0.9 * base, reg + " ends at " + v + ", the plain run at " + base);
            assertTrue(sentence.contains(Regularizing.label(reg, Regularizing.DROPOUT, Regularizing.PENALTY) + " " + Numbers.significant(v, 3)
                    + " (−" + Math.round(100 * (1 - v / base)) + " %)"), sentence);
        }
        double ln = Claims.finalValidationLoss("ln");
        assertEquals(ln > base, sentence.contains("Higher, so no help here: layer norm " + Numbers.significant(ln, 3)), sentence);
        assertTrue(sentence.contains("56 of them to train on"), "100 rows less 30 % validation and 20 % test: " + sentence);
        Map<?, ?> l2 = Claims.lastEpoch("l2");
        assertTrue((Double) l2.get("val_loss") > (Double) l2.get("val_data"), "Keras's val_loss adds the L2 penalty; the compared loss does not");
    }

    @Test
    void theMatrixFormIsTheElementWiseSumsAndMazursPublishedForwardPass() {
        List<MatrixForward.LayerPass> passes = MatrixForward.mazur(SmallNetwork.INPUTS);
        MatrixForward.LayerPass hidden = passes.get(0);
        assertEquals(0.15 * 0.05 + 0.2 * 0.1 + 0.35, hidden.z[0], 0, "z₁ = w₁·i₁ + w₂·i₂ + b₁");
        assertEquals(0.25 * 0.05 + 0.3 * 0.1 + 0.35, hidden.z[1], 0, "z₂ = w₃·i₁ + w₄·i₂ + b₁");
        // Mazur's published forward pass, to his digits
        assertEquals(0.3775, hidden.z[0], 1e-12);
        assertEquals(0.593269992, hidden.h[0], 5e-10);
        assertEquals(0.596884378, hidden.h[1], 5e-10);
        assertEquals(1.105905967, passes.get(1).z[0], 5e-10);
        assertEquals(0.75136507, passes.get(1).h[0], 5e-9);
        assertEquals(0.772928465, passes.get(1).h[1], 5e-10);
        for (MatrixForward.LayerPass p : passes) {
            assertEquals(0, p.difference, "the engine's Dense layer computes the same sums in the same order");
        }
        String sentence = Claims.matrix();
        assertTrue(sentence.contains("0.15 × 0.05 + 0.2 × 0.1 + 0.35 = 0.3775") && sentence.contains("σ(0.3775) = 0.593269992")
                && sentence.contains("0.75136507 and 0.772928465") && sentence.contains("exactly the same numbers"), sentence);
        List<MatrixForward.LayerPass> random = MatrixForward.random(new double[] {1, 0.5, -1}, playground.engine.activation.Activation.RELU, 1);
        assertEquals(4, random.get(0).w.length);
        assertEquals(3, random.get(0).w[0].length);
        assertEquals(2, random.get(1).w.length);
        double limit = Math.sqrt(6.0 / (3 + 4));
        for (double[] row : random.get(0).w) {
            for (double w : row) {
                assertTrue(Math.abs(w) <= limit, "Glorot uniform: |w| ≤ √(6/7)");
            }
        }
        assertEquals(0, random.get(0).difference + random.get(1).difference);
    }

    @Test
    void theBatchSentenceCountsEachRunsUpdatesAndLosses() {
        List<Map<String, Object>> runs = Claims.batchRuns();
        int train = (int) Math.round((Double) runs.get(0).get("trainRows"));
        assertEquals(288, train, "400 rows less 10 % validation and 20 % test");
        assertEquals(288.0, runs.get(0).get("updatesPerEpoch"));
        assertEquals(9.0, runs.get(1).get("updatesPerEpoch"), "⌈288 / 32⌉");
        assertEquals(1.0, runs.get(2).get("updatesPerEpoch"));
        double one = Claims.lossAfter(runs.get(0), 100);
        double middle = Claims.lossAfter(runs.get(1), 100);
        double full = Claims.lossAfter(runs.get(2), 100);
        assertTrue(one < middle && middle < full, one + " < " + middle + " < " + full);
        String sentence = Claims.batch();
        assertTrue(sentence.contains("batch 1: 28,800 updates (288 an epoch), loss " + Numbers.significant(one, 2)), sentence);
        assertTrue(sentence.contains("batch 32: 900 updates (9 an epoch), loss " + Numbers.significant(middle, 2)), sentence);
        assertTrue(sentence.contains("the full batch: 100 updates (1 an epoch), loss " + Numbers.significant(full, 2)), sentence);
        assertTrue(sentence.contains("after 99 updates (11 epochs) batch 32 is at " + Numbers.significant(Claims.lossAfter(runs.get(1), 11), 2)),
                sentence);
    }

    @Test
    void residualBlocksKeepTheGradientWhereThePlainStackLosesIt() {
        List<Map<String, Object>> runs = Claims.residualRuns();
        double[] plain = Claims.numbers(runs.get(0).get("gradientsBefore"));
        double[] res = Claims.numbers(runs.get(1).get("gradientsBefore"));
        assertEquals(22, plain.length, "21 hidden layers and the output");
        assertEquals(plain.length, res.length, "the blocks keep the width, so no projection is added");
        for (int i = 0; i < plain.length; i++) {
            assertTrue(res[i] > 10 * plain[i], "layer " + (i + 1) + ": " + res[i] + " vs " + plain[i]);
        }
        double plainLoss = Claims.lossAfter(runs.get(0), 50);
        double resLoss = Claims.lossAfter(runs.get(1), 50);
        assertTrue(resLoss < 0.1 * plainLoss, resLoss + " vs " + plainLoss);
        double[] sigmoid = Claims.sigmoidPlainGradients();
        for (int i = 1; i < sigmoid.length; i++) {
            assertTrue(sigmoid[i] > sigmoid[i - 1], "with sigmoid the gradient shrinks layer by layer toward the input");
        }
        String sentence = Claims.residual();
        assertTrue(sentence.contains("gradient norm is " + Numbers.significant(plain[0], 2) + " at layer 1"), sentence);
        assertTrue(sentence.contains("training loss is " + Numbers.significant(plainLoss, 2)) && sentence.contains("residual network's "
                + Numbers.significant(resLoss, 2)), sentence);
    }

    @Test
    void onTheRareClassAccuracyMatchesAlwaysSayingNoWhileRecallShowsTheMisses() {
        Map<String, Object> run = Claims.imbalanceRun();
        assertEquals("1", run.get("positive"));
        List<?> thresholds = (List<?>) run.get("thresholds");
        assertEquals(99, thresholds.size());
        Map<?, ?> half = (Map<?, ?>) thresholds.get(49);
        assertEquals(0.5, half.get("threshold"));
        double rows = (Double) run.get("testRows");
        double tp = (Double) half.get("tp");
        double fp = (Double) half.get("fp");
        double fn = (Double) half.get("fn");
        double tn = (Double) half.get("tn");
        assertEquals(rows, tp + fp + fn + tn, 0);
        assertEquals((Double) run.get("testPositives"), tp + fn, 0);
        assertEquals((tp + tn) / rows, (Double) half.get("accuracy"), 1e-15);
        assertEquals(tp / (tp + fn), (Double) half.get("recall"), 1e-15);
        assertTrue((Double) run.get("majorityAccuracy") > 0.93, "one row in twenty is rare");
        assertTrue(Math.abs((Double) half.get("accuracy") - (Double) run.get("majorityAccuracy")) < 0.02, "accuracy looks as good as saying no");
        assertTrue((Double) half.get("recall") < 0.5, "yet most rare rows are missed: " + half.get("recall"));
        Map<?, ?> best = Claims.bestF1(thresholds);
        assertTrue((Double) best.get("threshold") < 0.5 && (Double) best.get("recall") > (Double) half.get("recall"));
        String sentence = Claims.imbalance();
        assertTrue(sentence.contains("of the " + Math.round(rows) + " test rows") && sentence.contains("finds " + Math.round(tp) + " of them"),
                sentence);
        assertTrue(sentence.contains("Lower the threshold to " + Numbers.format((Double) best.get("threshold"))), sentence);
    }

    @Test
    void theNeuronSentenceIsThePrimersPoorStartComputedByHandAndItsNudgeCheck() {
        double h = 1 / (1 + Math.exp(-0.2)); // x = 1, w = 0.1, b = 0.1, sigmoid
        double loss = 0.5 * (1 - h) * (1 - h);
        double slope = -(1 - h) * h * (1 - h); // ∂L/∂h · ∂h/∂z · x
        Map<?, ?> start = Claims.neuronRows("").get(0);
        assertEquals(h, (Double) start.get("h"), 1e-15);
        assertEquals(loss, (Double) start.get("loss"), 1e-15);
        assertEquals(slope, (Double) start.get("dLdw"), 1e-15);
        assertEquals(slope, (Double) start.get("nudgeW"), 1e-6, "the finite difference is the chain rule's slope");
        double[] sizes = Claims.neuronStepSizes(Claims.NEURON_STEPS);
        for (int i = 1; i < sizes.length; i++) {
            assertTrue(sizes[i] > 0 && sizes[i] < sizes[i - 1], "step " + (i + 1) + " is shorter: " + sizes[i]);
        }
        double xavierH = 1 / (1 + Math.exp(-0.6));
        double xavierStep = 0.1 * (1 - xavierH) * xavierH * (1 - xavierH);
        assertTrue(xavierStep < sizes[0], xavierStep + " < " + sizes[0]);
        String sentence = Claims.neuron();
        assertTrue(sentence.contains("h = σ(0.2) = 0.549834 and L = ½(1 − h)² = 0.101325"), sentence);
        assertTrue(sentence.contains("∂L/∂w = −0.111424"), sentence);
        assertTrue(sentence.contains("L is already " + Numbers.significant(0.5 * (1 - xavierH) * (1 - xavierH), 6)), sentence);
        assertTrue(sentence.contains("its first step moves w by " + Numbers.significant(xavierStep, 3) + ", less than"), sentence);
        assertTrue(sentence.contains("each step shorter than the one before"), sentence);
        assertTrue(sentence.endsWith("the view warns that ReLU's output is not a probability."), sentence);
    }

    @Test
    void theNetworkSentenceQuotesMazursDigitsAndReplaysTheSlipBehindHisSecondError() {
        SmallNetwork first = SmallNetwork.mazur(0);
        assertEquals(0.298371109, first.error, 5e-10);
        // his post: "the total error is now down to 0.291027924" — only the hidden δ through updated w₅ … w₈ give it
        assertEquals(0.291027924, MazurPost.after(1).error, 5e-10);
        assertTrue(Math.abs(first.errorAfter - 0.291027924) > 1e-7, "his text's own rule gives " + first.errorAfter);
        MazurPost tenThousand = MazurPost.after(10_000);
        assertEquals(0.015912196, tenThousand.output[0], 5e-10);
        assertEquals(0.984065734, tenThousand.output[1], 5e-10);
        String sentence = Claims.network();
        // each figure as the post prints it: the sentence's number, rounded to the post's digits, is the post's
        String[][] his = {{"E_total", "0.298371109"}, {"w₅", "0.35891648"}, {"w₆", "0.408666186"}, {"w₇", "0.51130127"},
            {"w₈", "0.561370121"}, {"w₁", "0.149780716"}, {"w₂", "0.19956143"}, {"w₃", "0.24975114"}, {"w₄", "0.29950229"},
            {"prints", "0.291027924"}, {"E_total is", "0.0000351085"}};
        for (String[] figure : his) {
            int at = sentence.indexOf(figure[0] + " ") + figure[0].length() + 1;
            int end = at;
            while (end < sentence.length() && (Character.isDigit(sentence.charAt(end)) || sentence.charAt(end) == '.')) {
                end++;
            }
            double ours = Double.parseDouble(sentence.substring(at, end));
            int digits = figure[1].replace("0.", "").replaceFirst("^0+", "").length();
            assertEquals(figure[1], Numbers.significant(ours, digits).equals(figure[1]) ? figure[1] : sentence.substring(at, end),
                    figure[0] + " in: " + sentence);
        }
        assertTrue(sentence.contains("The next forward pass gives E_total " + Numbers.significant(first.errorAfter, 9)), sentence);
        String note = Claims.networkSlips();
        assertTrue(note.contains("after 10,000 updates it is 0.0000351019"), note);
        assertTrue(note.contains("replayed that way, 10,000 updates give 0.0159121963 and 0.984065734"), note);
    }

    @Test
    void theInitSentenceShowsGlorotHoldingTheSignalAndBothRandomNormalsLosingIt() {
        List<Map<?, ?>> glorot = Claims.initLayers("");
        assertEquals(10, glorot.size());
        double[] grads = Claims.span(glorot, "gradientNorm");
        assertTrue(grads[0] > 0.5 && grads[1] < 2, "Glorot keeps every layer's gradient near 1: " + grads[0] + " … " + grads[1]);
        List<Map<?, ?>> big = Claims.initLayers("scheme=random_normal:1");
        assertTrue((Double) big.get(0).get("stuckShare") > 0.5, "σ = 1 saturates most of layer 1");
        assertTrue((Double) big.get(0).get("gradientNorm") > 100 * (Double) big.get(9).get("gradientNorm"), "and the gradient explodes backwards");
        List<Map<?, ?>> keras = Claims.initLayers("scheme=random_normal");
        assertTrue((Double) keras.get(9).get("activationStd") < 1e-3, "σ = 0.05 shrinks the signal away");
        double reluGlorot = (Double) Claims.initLayers(Claims.DEEP_RELU).get(19).get("activationStd");
        double reluHe = (Double) Claims.initLayers(Claims.DEEP_RELU + "&scheme=he_uniform").get(19).get("activationStd");
        assertTrue(reluHe > 100 * reluGlorot, reluHe + " against " + reluGlorot);
        // the options the sentence names are the σ it says
        assertEquals(1.0, playground.engine.spec.Ids.init("random_normal:1").stddev(64, 64), 0);
        assertEquals(0.05, playground.engine.spec.Ids.init("random_normal").stddev(64, 64), 0);
        String sentence = Claims.init();
        assertTrue(sentence.contains("Choose random normal with σ = 1: " + Math.round(100 * (Double) big.get(0).get("stuckShare")) + " %"), sentence);
        assertTrue(sentence.contains(Numbers.significant(reluGlorot, 3) + " with Glorot uniform and " + Numbers.significant(reluHe, 3)
                + " with He uniform"), sentence);
    }

    private static double olsSlope(double[][] pts) {
        return CurvesTest.leastSquares(pts)[0];
    }

    @Test
    void theLossesSentenceIsTheExactFitsTheOutlierMovesOnlyTheSquaredError() {
        for (int outlier : new int[] {8, 15}) {
            double[][] pts = Curves.fitPoints(outlier);
            Map<?, ?> fits = Claims.fits("outlier=" + outlier);
            assertEquals(olsSlope(pts), Claims.slope(fits, "mse"), 1e-4, "the squared error's line is least squares");
            assertEquals(Curves.leastAbsoluteLine(pts)[0], Claims.slope(fits, "mae"), 1e-4, "the absolute error's is the exact minimizer");
        }
        assertEquals(Claims.slope(Claims.fits(""), "huber"), Claims.slope(Claims.fits("outlier=15"), "huber"), 1e-4,
                "beyond δ the outlier's pull is the same");
        assertEquals(olsSlope(Curves.fitPoints(8)), Claims.slope(Claims.fits("delta=5"), "huber"), 1e-4, "δ = 5: Huber is the squared error");
        String sentence = Claims.losses();
        assertTrue(sentence.contains("squared error " + Numbers.significant(olsSlope(Curves.fitPoints(8)), 3) + ", absolute error "
                + Numbers.significant(Curves.leastAbsoluteLine(Curves.fitPoints(8))[0], 4)), sentence);
        assertTrue(sentence.contains("the squared error's slope goes to " + Numbers.significant(olsSlope(Curves.fitPoints(15)), 3)), sentence);
        assertTrue(sentence.contains(", the squared error's, since no point is then more than δ from the line"), sentence);
    }
}
