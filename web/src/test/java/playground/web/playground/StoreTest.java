package playground.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.session.Session;
import playground.engine.text.Json;
import playground.web.page.Run;

/** The store's reducer on the engine's real replies (a JVM Session answers as the worker does). */
class StoreTest {
    private final Session engine = new Session();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) Json.parse(text);
    }

    private State prepared(String query) {
        return Store.apply(State.START, new Action.SpecApplied(new Prepared(json(engine.prepare(query)))));
    }

    private State step(State s) {
        return Store.apply(s, new Action.Progress(json(engine.step("epoch"))));
    }

    @Test
    void progressRecordsEachEpochOnceAndSaysTheLoss() {
        State s = prepared("v=1&data=xor&epochs=2&layers=dense:4:tanh");
        s = Store.apply(s, new Action.TrainingStarted());
        assertTrue(s.training);
        s = Store.apply(s, new Action.Progress(json(engine.step("batch"))));
        s = Store.apply(s, new Action.Progress(json(engine.step("batch"))));
        assertTrue(s.run.history.size() <= 1, "batches inside one epoch log it at most once");
        s = step(s);
        s = step(s);
        assertEquals(2, s.run.history.size());
        assertEquals(2, s.run.epoch);
        assertTrue(s.run.finished);
        assertFalse(s.training, "a finished run is no longer training");
        assertEquals("Training…", s.status, "the live region does not speak every epoch");
        assertFalse(s.epochsLeft());
    }

    @Test
    void aNewSpecStartsTheResultsAfreshAndNamesWhatTheLinkHadThatWasIgnored() {
        State s = step(prepared("v=2&data=circle&epochs=3"));
        s = Store.apply(s, new Action.Evaluated(json(engine.evaluate())));
        s = Store.apply(s, new Action.Picture(json(engine.picture(4, 2))));
        assertTrue(s.evaluation != null && s.picture != null);
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare("v=2&data=circle&lr=fast")))));
        assertEquals(Run.NONE, s.run);
        assertNull(s.evaluation);
        assertNull(s.picture);
        assertEquals(List.of("From the link: ignored lr=fast: setting 'lr': 'fast' is not a number."), s.notices);
        assertTrue(s.status.startsWith("Ready: classification of 'label' from 2 inputs;"), s.status);
    }

    @Test
    void aDivergingRunSaysSoAsANotice() {
        State s = prepared("v=1&data=plane&opt=sgd&lr=100&epochs=20");
        for (int i = 0; i < 20 && !s.run.finished; i++) {
            s = step(s);
        }
        assertTrue(s.run.diverged, "plain SGD at lr 100 diverges");
        assertEquals(List.of(s.run.message), s.notices);
        assertFalse(s.training);
    }

    @Test
    void aSavedExperimentIsTheOneShownUntilASettingChanges() {
        String query = new Prepared(json(engine.prepare("v=1&data=xor&epochs=2"))).query;
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("id", "abcdefghij");
        saved.put("title", "xor");
        saved.put("spec", query);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("history", List.of(Map.of("epoch", 1.0, "loss", 0.5), Map.of("epoch", 2.0, "loss", 0.25)));
        results.put("events", List.of());
        saved.put("results", results);
        State s = Store.apply(State.START, new Action.Opened(saved));
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare(query)))));
        s = Store.apply(s, new Action.ShowRecorded());
        assertEquals("abcdefghij", s.savedId);
        assertTrue(s.recorded);
        assertEquals(2, s.run.epoch);
        assertEquals("Saved experiment: 2 recorded epochs. Re-run trains it again with the same seed.", s.status);
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare(query + "&lr=0.5")))));
        assertNull(s.savedId, "other settings are not the saved experiment");
        assertFalse(s.recorded);
    }

    @Test
    void aShortLinkBelongsToTheSettingsItWasSavedWith() {
        State s = prepared("v=1&data=xor&epochs=2");
        s = Store.apply(s, new Action.SaveStarted());
        assertTrue(s.saving);
        s = Store.apply(s, new Action.SavedAs("k3y", "http://x/x/k3y", s.query()));
        assertEquals("k3y", s.savedId);
        assertEquals("http://x/x/k3y", s.shortLink);
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare(s.query())))));
        assertEquals("k3y", s.savedId, "the same settings again");
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare("v=1&data=xor&epochs=3")))));
        assertNull(s.shortLink);
        assertEquals("", s.saveMessage);
    }

    @Test
    void aSaveIsCreditedToTheSettingsSentNotToOnesChangedMeanwhile() {
        State s = prepared("v=1&data=xor&epochs=2");
        String sent = s.query();
        s = Store.apply(s, new Action.SaveStarted());
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare("v=1&data=xor&epochs=4")))));
        s = Store.apply(s, new Action.SavedAs("k3y", "http://x/x/k3y", sent));
        assertEquals("http://x/x/k3y", s.shortLink, "the link is shown: it was saved");
        assertNull(s.savedId, "but this page now shows other settings, so its embed is not that experiment");
    }

    @Test
    void aRunACallbackStoppedEarlyIsOverSoTrainStartsAfresh() {
        State s = prepared("v=1&data=xor&epochs=10");
        Map<String, Object> stopped = new LinkedHashMap<>();
        stopped.put("epoch", 3.0);
        stopped.put("epochs", 10.0);
        stopped.put("log", Map.of("epoch", 3.0, "loss", 0.5));
        stopped.put("events", List.of(Map.of("epoch", 3.0, "kind", "early_stop", "message", "stopped early")));
        stopped.put("finished", true);
        stopped.put("diverged", false);
        stopped.put("message", "stopped early");
        s = Store.apply(Store.apply(s, new Action.TrainingStarted()), new Action.Progress(stopped));
        assertFalse(s.epochsLeft(), "3 of 10 epochs, but finished");
        assertEquals("epoch 3: stopped early", s.run.marks());
        assertEquals("Epoch 3: stopped early.", s.status, "a callback's event is announced");
    }

    @Test
    void aComparisonSaysWhetherEveryNumberIsIdentical() {
        State s = Store.apply(State.START, new Action.ComparedWithRecording(List.of(
                new State.Compared("epochs", 3.0, 3.0), new State.Compared("final loss", 0.1, 0.1))));
        assertEquals("Re-run finished: every number is identical to the recorded run.", s.status);
        s = Store.apply(s, new Action.ComparedWithRecording(List.of(new State.Compared("final loss", 0.1, 0.2))));
        assertTrue(s.status.contains("some numbers differ"), s.status);
    }

    @Test
    void actionsDispatchedWhileListenersRunWaitTheirTurnSoEveryListenerSeesEveryStateInOrder() {
        Store store = new Store();
        List<String> seen = new ArrayList<>();
        store.subscribe((before, after, a) -> {
            seen.add("first " + after.status);
            if (a instanceof Action.Say x && x.status().equals("one")) {
                store.dispatch(new Action.Say("two"));
            }
        });
        store.subscribe((before, after, a) -> seen.add("second " + after.status));
        store.dispatch(new Action.Say("one"));
        assertEquals(List.of("first one", "second one", "first two", "second two"), seen);
    }

    @Test
    void aPinKeepsTheRunAndItsSettingsAndSaysWhatDiffersFromTheCurrentOnes() {
        State s = Store.apply(prepared("v=1&data=xor&epochs=2&lr=0.03&batch=10"), new Action.PinRun());
        assertTrue(s.pins.isEmpty(), "nothing trained: nothing to pin");
        s = step(step(s));
        for (int i = 0; i < Pins.MAX + 1; i++) {
            s = Store.apply(s, new Action.PinRun());
        }
        assertEquals(Pins.MAX, s.pins.size(), "at most four");
        assertTrue(s.status.startsWith("Up to 4 pins"), s.status);
        assertEquals(2, s.pins.get(0).history().size());
        s = Store.apply(s, new Action.Unpin(2));
        assertEquals(List.of(1, 3, 4), s.pins.stream().map(Pins.Pin::number).toList());
        State other = prepared("v=1&data=xor&epochs=2&lr=0.1&batch=30");
        assertEquals("lr 0.03 → 0.1, batch 10 → 30", // in the key table's order
                Pins.diff(s.pins.get(0).spec(), other.prepared.spec));
        assertEquals("the same settings", Pins.diff(s.pins.get(0).spec(), s.prepared.spec));
    }

    @Test
    void theMetricToChooseByFollowsTheTaskWhenItDoesNotFitIt() {
        State s = prepared("v=1&data=xor&epochs=2");
        assertEquals("accuracy", s.rank, "RMSE, the default, does not rank classifiers");
        s = Store.apply(s, new Action.TuneOptions(s.gridText, "f1", s.workers, s.search));
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare("v=1&data=circle&epochs=3")))));
        assertEquals("f1", s.rank, "a metric of the task stays as chosen");
        s = Store.apply(s, new Action.SpecApplied(new Prepared(json(engine.prepare("v=1&data=plane&epochs=3")))));
        assertEquals("rmse", s.rank);
    }
}
