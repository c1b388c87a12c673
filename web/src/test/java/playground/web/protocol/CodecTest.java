package playground.web.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.text.Json;

/** The page ↔ worker messages: one codec, typed at the boundary. */
class CodecTest {
    @Test
    void aRequestTravelsAsJsonAndComesBackWithItsFields() {
        Request r = Request.of(7, Kind.PICTURE, 48, 12);
        assertEquals("{\"id\":7,\"type\":\"picture\",\"res\":48,\"thumb\":12}", Codec.encode(r));
        Request back = Codec.decode(Codec.encode(r));
        assertEquals(Kind.PICTURE, back.kind);
        assertEquals(7, back.id);
        assertEquals(48, back.integer("res"));
        Request q = Codec.decode(Codec.encode(Request.of(8, Kind.PREPARE, "v=1&lr=0.1&drop=\"a b\"")));
        assertEquals("v=1&lr=0.1&drop=\"a b\"", q.text("query"));
        assertEquals("{\"type\":\"train\",\"interval\":16,\"run\":3}", Codec.encode(Request.of(0, Kind.TRAIN, 16, 3)), "control messages have no id");
    }

    @Test
    void aMessageThatDoesNotFitItsKindIsRefusedWithTheReason() {
        assertEquals("the engine has no request 'fingerprints'", assertThrows(IllegalArgumentException.class,
                () -> Codec.decode("{\"id\":1,\"type\":\"fingerprints\"}")).getMessage());
        assertEquals("'picture' needs the number thumb", assertThrows(IllegalArgumentException.class,
                () -> Codec.decode("{\"id\":1,\"type\":\"picture\",\"res\":4}")).getMessage());
        assertEquals("'prepare' needs the text query", assertThrows(IllegalArgumentException.class,
                () -> Codec.decode("{\"id\":1,\"type\":\"prepare\",\"query\":3}")).getMessage());
        assertEquals("'evaluate' has no field rows", assertThrows(IllegalArgumentException.class,
                () -> Codec.decode("{\"id\":1,\"type\":\"evaluate\",\"rows\":\"1\"}")).getMessage());
        assertEquals("a 'prepare' request has a number id", assertThrows(IllegalArgumentException.class,
                () -> Codec.decode("{\"type\":\"prepare\",\"query\":\"\"}")).getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void repliesEmbedJsonResultsAndQuoteTextResults() {
        Map<String, Object> json = (Map<String, Object>) Json.parse(Codec.ok(Request.of(3, Kind.EVALUATE), "{\"a\":1}", 2.5));
        assertEquals(Map.of("a", 1.0), json.get("result"));
        assertEquals(2.5, json.get("ms"));
        Map<String, Object> text = (Map<String, Object>) Json.parse(Codec.ok(Request.of(4, Kind.FINGERPRINT, 20), "a\nb", 1));
        assertEquals("a\nb", text.get("result"));
        assertEquals(Map.of("id", 5.0, "ok", false, "error", "no"), Json.parse(Codec.failed(5, "no")));
        assertEquals(Map.of("event", "paused", "run", 7.0), Json.parse(Codec.paused(7)), "events name the run they belong to");
        assertEquals(7.0, ((Map<?, ?>) Json.parse(Codec.progress(7, "{}", 1))).get("run"));
    }
}
