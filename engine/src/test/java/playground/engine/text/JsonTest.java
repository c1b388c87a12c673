package playground.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writeAndParseRoundTrip() {
        Object v = Json.parse("{\"a\":[1,2.5,\"x<y\",true,null],\"b\":{\"c\":-3}}");
        assertEquals(v, Json.parse(Json.write(v)));
        assertEquals("{\"a\":[1,2.5,\"x\\u003cy\",true,null],\"b\":{\"c\":-3}}", Json.write(v));
    }

    @Test
    void nestingIsBoundedSoHostileInputIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(100_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
        assertEquals("JSON: nested deeper than 200 levels at character 201", e.getMessage());
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertEquals(true, Json.parse(ok) instanceof List);
        assertEquals(Map.of("k", List.of(List.of())), Json.parse("{\"k\":[[]]}"));
    }
}
