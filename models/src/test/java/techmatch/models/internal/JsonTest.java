package techmatch.models.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesNestedValues() {
        Map<String, Object> m = Json.parseObject(
                "{\"a\": \"x\\u4e2d\\n\", \"b\": [1, 2.5, true, null], \"c\": {\"d\": -3}}");
        assertEquals("x中\n", m.get("a"));
        assertEquals(java.util.Arrays.asList(1L, 2.5, true, null), m.get("b"));
        assertEquals(Map.of("d", -3L), m.get("c"));
    }

    @Test
    void quoteRoundTrips() {
        String s = "引号\"反斜杠\\制表\t换行\n\u0001";
        assertEquals(s, Json.parse(Json.quote(s)));
    }

    @Test
    void errorsSayWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
        assertTrue(e.getMessage().contains("offset 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
        assertEquals(List.of(), Json.parse(" [ ] "));
    }
}
