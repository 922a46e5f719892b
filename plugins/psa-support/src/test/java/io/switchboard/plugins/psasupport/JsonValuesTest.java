package io.switchboard.plugins.psasupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static JsonObject parse(String json) {
        return JsonValues.parse(json).asJsonObject();
    }

    @Test
    void readsKeysInAnyCasingAndIdsAsNumbersOrStrings() {
        JsonObject o = parse("{\"ID\": 42, \"Name\": \"Acme\", \"code\": \"7\", \"ratio\": 1.5}");
        assertEquals("42", JsonValues.string(o, "id"));
        assertEquals("Acme", JsonValues.string(o, "name"));
        assertEquals("7", JsonValues.string(o, "Code"));
        assertEquals("1.5", JsonValues.string(o, "ratio"));
    }

    @Test
    void absentAndNullAreAlike() {
        JsonObject o = parse("{\"owner\": null, \"flag\": \"TRUE\", \"off\": false}");
        assertNull(JsonValues.string(o, "owner"));
        assertNull(JsonValues.object(o, "owner"));
        assertNull(JsonValues.string(o, "missing"));
        assertTrue(JsonValues.flag(o, "flag"));
        assertFalse(JsonValues.flag(o, "off"));
        assertTrue(JsonValues.objects(JsonValues.get(o, "missing")).isEmpty());
    }

    @Test
    void instantsThatDoNotParseAreNull() {
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), JsonValues.instant(" 2026-01-02T03:04:05Z "));
        assertNull(JsonValues.instant("yesterday"));
        assertNull(JsonValues.instant(""));
    }

    @Test
    void retryAfterTakesDeltaSecondsElseTheDefault() {
        assertEquals(Duration.ofSeconds(7), GuardedClient.retryAfter(" 7 ", Duration.ofSeconds(30)));
        assertEquals(Duration.ZERO, GuardedClient.retryAfter("-3", Duration.ofSeconds(30)));
        assertEquals(
                Duration.ofSeconds(30),
                GuardedClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Duration.ofSeconds(30)));
        assertEquals(Duration.ofSeconds(60), GuardedClient.retryAfter(null, Duration.ofSeconds(60)));
    }
}
