package playground.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {
    private static ExperimentSpec spec(String query) {
        return ExperimentSpec.fromQuery(query).spec;
    }

    @Test
    void aBadValueIsRejectedNamingItsKeyNeverADefault() {
        Edits.Rejected r = assertThrows(Edits.Rejected.class, () -> Edits.apply(spec("v=1&lr=3"), "lr=fast"));
        assertEquals("lr", r.key);
        assertEquals("fast", r.value);
        assertEquals("setting 'lr': 'fast' is not a number", r.getMessage());
        assertEquals("layers", assertThrows(Edits.Rejected.class,
                () -> Edits.apply(spec("v=1"), "epochs=5&layers=dense:abc:relu")).key);
    }

    @Test
    void aNewDatasetTakesTheDefaultsOfWhatDependsOnTheOldOne() {
        Edits.Result r = Edits.apply(spec("v=1&data=insurance&target=charges&tf=age:standard&loss=mse&yscale=standardize&lr=0.003"),
                "data=iris");
        assertEquals(List.of("target", "tf", "loss", "yscale"), r.reset);
        assertEquals("v=1&data=iris&lr=0.003", r.spec.toQuery(), "the rest of the spec stays");
    }

    @Test
    void settingsNamedInTheSameEditAreKept() {
        Edits.Result r = Edits.apply(spec("v=1&data=insurance&target=charges&loss=mse"), "data=iris&target=species");
        assertEquals("species", r.spec.get("target"));
        assertEquals(List.of("loss"), r.reset);
    }

    @Test
    void aNewTargetResetsTheTaskAndLossButNotTheColumns() {
        Edits.Result r = Edits.apply(spec("v=1&data=insurance&target=charges&task=regression&loss=huber:2&drop=region"),
                "target=smoker");
        assertEquals(List.of("task", "loss"), r.reset);
        assertEquals("region", r.spec.get("drop"));
    }

    @Test
    void theSameValueAgainResetsNothing() {
        assertEquals(List.of(), Edits.apply(spec("v=1&data=iris&loss=cce"), "data=iris").reset);
    }
}
