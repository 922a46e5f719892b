package io.switchboard.interfaces.rest.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBoundsTest {

    private static void ok(String json) {
        assertDoesNotThrow(() -> JsonBounds.check(json.getBytes(StandardCharsets.UTF_8)), json);
    }

    private static String refused(String json) {
        return assertThrows(MalformedJsonException.class, () -> JsonBounds.check(json.getBytes(StandardCharsets.UTF_8)))
                .getMessage();
    }

    @Test
    void acceptsOrdinaryBodies() {
        ok("{\"summary\":\"Printer\",\"tags\":[\"a\",\"b\"],\"n\":-12.5e3,\"x\":null,\"y\":true}");
        ok("  [1, 2, {\"a\": [[]]}]  \n");
        ok("\"just a string\"");
        ok("{\"deep\":" + "[".repeat(JsonBounds.MAX_DEPTH - 1) + "]".repeat(JsonBounds.MAX_DEPTH - 1) + "}");
    }

    @Test
    void refusesNestingPastTheBound() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        assertTrue(refused(deep).contains("nested deeper than 32"), refused(deep));
    }

    @Test
    void refusesLongNumbersStringsAndNames() {
        assertTrue(refused("{\"n\":" + "9".repeat(1100) + "}").contains("number longer"));
        assertTrue(refused("{\"s\":\"" + "x".repeat(JsonBounds.MAX_STRING_CHARS + 1) + "\"}")
                .contains("string longer"));
        assertTrue(refused("{\"" + "k".repeat(201) + "\":1}").contains("field name longer"));
    }

    @Test
    void refusesContentAfterTheFirstValue() {
        refused("{\"a\":1}{\"b\":2}");
        refused("{\"a\":1} trailing");
        refused("{\"a\":1},");
        refused("1 2");
    }

    @Test
    void refusesWhatIsNotJsonAtAll() {
        refused("{\"a\":");
        refused("{'a':1}");
        refused("\u0000");
    }
}
