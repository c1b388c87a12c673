package playground.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportsTest {
    @Test
    void theTrainingLogHasKerasCsvLoggerColumnsWithEpochsFromZeroAndSortedKeys() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("epoch", 1.0);
        first.put("loss", 0.5);
        first.put("val_loss", 0.625);
        first.put("lr", 0.001);
        Map<String, Object> second = new LinkedHashMap<>(first);
        second.put("epoch", 2.0);
        second.put("loss", 0.1 + 0.2);
        first.put("mae", 0.25);
        second.put("mae", 0.125);
        assertEquals("epoch,loss,mae,val_loss\n0,0.5,0.25,0.625\n1,0.30000000000000004,0.125,0.625\n",
                Exports.csvLog(List.of(first, second), false), "without reduce-LR or a schedule Keras logs no rate");
        assertEquals("epoch,learning_rate,loss,mae,val_loss\n0,0.001,0.5,0.25,0.625\n1,0.001,0.30000000000000004,0.125,0.625\n",
                Exports.csvLog(List.of(first, second), true), "as ReduceLROnPlateau writes it: learning_rate, sorted first");
    }

    @Test
    void theWorkersHexBitsDecodeToExactlyTheDouble() {
        for (double v : new double[] {1.0, -0.0, Math.PI, Double.MIN_VALUE, -123.456e-300}) {
            assertEquals(Double.doubleToRawLongBits(v),
                    Double.doubleToRawLongBits(Exports.bits("0x" + Long.toHexString(Double.doubleToRawLongBits(v)))));
        }
    }
}
