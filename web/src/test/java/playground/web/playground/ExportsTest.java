package playground.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportsTest {
    @Test
    void theTrainingLogHasKerasCsvLoggerColumnsWithEpochsFromZero() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("epoch", 1.0);
        first.put("loss", 0.5);
        first.put("val_loss", 0.625);
        first.put("lr", 0.001);
        Map<String, Object> second = new LinkedHashMap<>(first);
        second.put("epoch", 2.0);
        second.put("loss", 0.1 + 0.2);
        assertEquals("epoch,loss,val_loss,lr\n0,0.5,0.625,0.001\n1,0.30000000000000004,0.625,0.001\n",
                Exports.csvLog(List.of(first, second)));
    }

    @Test
    void theWorkersHexBitsDecodeToExactlyTheDouble() {
        for (double v : new double[] {1.0, -0.0, Math.PI, Double.MIN_VALUE, -123.456e-300}) {
            assertEquals(Double.doubleToRawLongBits(v),
                    Double.doubleToRawLongBits(Exports.bits("0x" + Long.toHexString(Double.doubleToRawLongBits(v)))));
        }
    }
}
