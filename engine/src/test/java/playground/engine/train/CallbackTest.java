package playground.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.loss.MeanSquaredError;
import playground.engine.math.Rng;
import playground.engine.optim.Sgd;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;

/** Each callback fed a scripted sequence of epoch logs, as Keras would feed it. */
class CallbackTest {
    private static TrainingRun run() {
        return new TrainingRun(new ModelSpec(1, LayerSpec.parseList("dense:1")).build(1), new MeanSquaredError(),
                new Sgd(0.1), new double[] {1, 2}, new double[] {1, 2}, 2, 1, 1000, new Rng(1));
    }

    /** Feeds val_loss values epoch by epoch; marks each epoch's weights with the epoch number so restores show. */
    private static void feed(TrainingRun run, Callback c, double... valLoss) {
        c.onTrainBegin(run);
        for (int i = 0; i < valLoss.length && !run.finished(); i++) {
            run.network().params().get(0).value[0] = i + 1;
            EpochLog log = new EpochLog(i + 1);
            log.put("loss", valLoss[i]);
            log.put("val_loss", valLoss[i]);
            log.put("lr", run.optimizer().learningRate());
            run.history().addEpoch(log);
            c.onEpochEnd(run, log);
        }
    }

    @Test
    void earlyStoppingWaitsPatienceEpochsWithoutAMinDeltaImprovement() {
        TrainingRun run = run();
        // best 1.0 at epoch 2; 0.9995 is not better by more than 0.001; stops after 3 stale epochs, at epoch 5
        EarlyStopping es = new EarlyStopping("val_loss", 0.001, 3, true);
        feed(run, es, 2.0, 1.0, 0.9995, 1.2, 1.1, 0.5);
        es.onTrainEnd(run); // as the run calls it when it ends
        assertTrue(run.finished());
        assertEquals(5, run.history().epochs());
        assertTrue(run.history().stoppedEarly());
        assertEquals("early stop: val_loss did not improve by more than 0.001 for 3 epochs (best 1 at epoch 2)",
                run.history().stopMessage());
        assertEquals(2.0, run.network().params().get(0).value[0], 0, "restored the weights of epoch 2");
    }

    @Test
    void kerasRestoresTheBestWeightsAtTheEndEvenWithoutAnEarlyStop() {
        // Keras 3's on_train_end: restore_best_weights puts back the best epoch whether or not training stopped
        TrainingRun run = run();
        EarlyStopping es = new EarlyStopping("val_loss", 0, 10, true);
        feed(run, es, 3.0, 1.0, 2.0);
        assertEquals(false, run.history().stoppedEarly());
        es.onTrainEnd(run);
        assertEquals(2.0, run.network().params().get(0).value[0], 0, "the weights of epoch 2, the best");
        assertEquals(true, run.history().events().get(run.history().events().size() - 1).message
                .startsWith("restored the weights of epoch 2, the best"));
    }

    @Test
    void version1RestoredOnlyOnAnEarlyStop() {
        TrainingRun run = run();
        EarlyStopping es = new EarlyStopping("val_loss", 0, 10, true, true);
        feed(run, es, 3.0, 1.0, 2.0);
        es.onTrainEnd(run);
        assertEquals(3.0, run.network().params().get(0).value[0], 0, "the last weights: it never stopped");
        TrainingRun stopping = run();
        EarlyStopping es1 = new EarlyStopping("val_loss", 0, 1, true, true);
        feed(stopping, es1, 3.0, 1.0, 2.0);
        assertEquals(2.0, stopping.network().params().get(0).value[0], 0, "restored as it stopped");
    }

    @Test
    void earlyStoppingWithoutRestoreKeepsTheLastWeights() {
        TrainingRun run = run();
        feed(run, new EarlyStopping("val_loss", 0, 1, false), 1.0, 1.0);
        assertEquals(2, run.history().epochs());
        assertEquals(2.0, run.network().params().get(0).value[0], 0);
    }

    @Test
    void reduceLrOnPlateauMultipliesByTheFactorDownToTheFloor() {
        TrainingRun run = run();
        ReduceLrOnPlateau rlr = new ReduceLrOnPlateau("val_loss", 0.1, 2, 0.0005, 0, 0);
        // lr 0.1 → stale epochs 2,3 → 0.01 at epoch 3 → stale 4,5 → 0.001 at epoch 5 → stale 6,7 → 0.0005 (floor) at 7
        feed(run, rlr, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        assertEquals(0.0005, run.optimizer().learningRate(), 1e-18);
        List<Event> events = run.history().events();
        assertEquals(3, events.size());
        assertEquals(3, events.get(0).epoch);
        assertEquals("learning rate reduced from 0.1 to 0.01: val_loss stalled for 2 epochs",
                events.get(0).message);
        assertEquals(7, events.get(2).epoch);
        assertFalse(run.finished());
    }

    @Test
    void reduceLrOnPlateauResetsItsPatienceOnImprovement() {
        TrainingRun run = run();
        feed(run, new ReduceLrOnPlateau("val_loss", 0.5, 2, 0, 0, 0), 1.0, 1.0, 0.9, 0.9, 0.8);
        assertEquals(0.1, run.optimizer().learningRate(), 0);
    }

    @Test
    void bestCheckpointRestoresTheBestEpochAtTheEnd() {
        TrainingRun run = run();
        BestCheckpoint ckpt = new BestCheckpoint("val_loss", "auto", true);
        feed(run, ckpt, 3.0, 1.0, 2.0, 0.5, 0.7);
        assertEquals(4, ckpt.bestEpoch());
        assertEquals(5.0, run.network().params().get(0).value[0], 0);
        ckpt.onTrainEnd(run);
        assertEquals(4.0, run.network().params().get(0).value[0], 0);
    }

    @Test
    void monitoringAccuracyMaximizes() {
        TrainingRun run = run();
        BestCheckpoint ckpt = new BestCheckpoint("val_loss", "max", false);
        feed(run, ckpt, 0.2, 0.9, 0.5);
        assertEquals(2, ckpt.bestEpoch());
    }

    @Test
    void theCsvLoggerWritesKerasColumnsEpochThenSortedKeysWithoutTheRateUnlessSomethingChangesIt() {
        TrainingRun run = run();
        CsvLogger log = new CsvLogger(false);
        feed(run, log, 1.5, 0.25);
        assertEquals("epoch,loss,val_loss\n0,1.5,1.5\n1,0.25,0.25\n", log.csv());
    }

    @Test
    void theCsvLoggerNamesTheRateLearningRateAsReduceLrOnPlateauWritesIt() {
        TrainingRun run = run();
        CsvLogger log = new CsvLogger(true);
        feed(run, log, 1.5, 0.25);
        // Keras: sorted(logs) puts learning_rate before loss
        assertEquals("epoch,learning_rate,loss,val_loss\n0,0.1,1.5,1.5\n1,0.1,0.25,0.25\n", log.csv());
    }

    @Test
    void withoutValidationKerasAddsAnNaValColumnForEveryKey() {
        java.util.List<String> columns = playground.engine.text.KerasCsv.columns(java.util.List.of("loss", "mae", "lr"), false);
        assertEquals(java.util.List.of("loss", "mae", "val_loss", "val_mae"), columns);
        assertEquals("3,0.5,nan,NA,NA\n", playground.engine.text.KerasCsv.row(3, columns,
                java.util.Map.of("loss", 0.5, "mae", Double.NaN)));
    }

    @Test
    void aMissingMonitorIsExplained() {
        TrainingRun run = run();
        EpochLog log = new EpochLog(1);
        log.put("loss", 1);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EarlyStopping("val_loss", 0, 1, false).onEpochEnd(run, log));
        assertEquals("cannot monitor 'val_loss': the epoch log has loss (is there validation data?)", e.getMessage());
    }

    @Test
    void aRealRunWithValidationLogsEveryMetricAndFiresCallbacks() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = i / 40.0;
            y[i] = 3 * x[i];
        }
        TrainingRun run = new TrainingRun(new ModelSpec(1, LayerSpec.parseList("dense:4:tanh,dense:1")).build(1),
                new MeanSquaredError(), new Sgd(0.1), x, y, 40, 8, 30, new Rng(1))
                .withValidation(new double[] {0.5}, new double[] {1.5}, 1).withMetric(BatchMetric.MAE)
                .withCallback(new EarlyStopping("val_loss", 1e-9, 2, true));
        History h = run.run();
        assertEquals(List.of("loss", "mae", "val_loss", "val_mae", "lr"), List.copyOf(h.logs().get(0).values().keySet()));
        EpochLog first = h.logs().get(0);
        assertTrue(first.get("val_mae") >= 0 && first.get("mae") > 0);
        assertTrue(h.epochs() < 30 && h.stoppedEarly(), "early stopping ended the run after " + h.epochs() + " epochs");
    }
}
