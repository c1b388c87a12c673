package playground.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecUrlTest {
    @Test
    void theSpecIsTheAddressWithoutThePagesOwnParameters() {
        assertEquals("v=1&data=xor&lr=0.1", SpecUrl.spec("v=1&runtime=js&data=xor&lr=0.1"));
        assertEquals("layers=dense:8:tanh,bn&target=a%20b", SpecUrl.spec("layers=dense%3A8%3Atanh%2Cbn&target=a+b"));
        assertEquals("", SpecUrl.spec(""));
    }

    @Test
    void theAddressKeepsTheRuntimeOnlyWhenItNamedOne() {
        assertEquals("/?v=1&data=xor", SpecUrl.address("v=1&data=xor", null));
        assertEquals("/?v=1&data=xor&runtime=wasm", SpecUrl.address("v=1&data=xor", "wasm"));
    }

    @Test
    void anEditsValuesTravelAsAQueryInTheirOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lr", "0.5");
        values.put("layers", "res(dense:4:relu),bn");
        values.put("target", "a b&c");
        assertEquals("lr=0.5&layers=res(dense:4:relu),bn&target=a%20b%26c", SpecUrl.pairs(values));
    }

    @Test
    void aColumnsTransformIsWrittenFromTheEnginesViewOfEveryColumn() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("age", "standard");
        columns.put("sex", "auto");
        columns.put("region", "drop");
        columns.put("charges", "target");
        assertEquals(Map.of("drop", "sex,region", "tf", "age:standard"), SpecUrl.column(columns, "sex", "drop"));
        assertEquals(Map.of("drop", "", "tf", "age:standard"), SpecUrl.column(columns, "region", "auto"));
        assertEquals(Map.of("drop", "region", "tf", "age:standard,sex:onehot"), SpecUrl.column(columns, "sex", "onehot"));
        assertEquals(Map.of("drop", "region", "tf", ""), SpecUrl.column(columns, "age", "auto"));
    }

    @Test
    void layerEditsReplaceAddRemoveAndSwap() {
        List<String> layers = List.of("dense:8:tanh", "bn", "dropout:0.2");
        assertEquals("dense:8:tanh,ln,dropout:0.2", SpecUrl.layers(layers, 1, "ln"));
        assertEquals("dense:8:tanh,bn,dropout:0.2,dense:16:relu", SpecUrl.layers(layers, 3, "dense:16:relu"));
        assertEquals("dense:8:tanh,dropout:0.2", SpecUrl.layers(layers, 1, null));
        assertEquals("bn,dense:8:tanh,dropout:0.2", SpecUrl.moved(layers, 1, -1));
        assertEquals("dense:8:tanh,dropout:0.2,bn", SpecUrl.moved(layers, 1, 1));
    }
}
