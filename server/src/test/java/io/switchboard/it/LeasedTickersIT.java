package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The server's periodic work runs on leased tickers, which an admin can inspect. */
class LeasedTickersIT {

    private static final List<String> LEASED = List.of("outbox-dispatcher", "sla-watch", "tally-fold");

    static Map<String, JsonObject> tickers(Api as, String base) {
        return as.get(base + "/api/v1/admin/tickers?pageSize=200").items().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("name"), Function.identity()));
    }

    @Test
    void aLoneServerHoldsEveryLeaseAndRunsTheTicks() {
        Map<String, JsonObject> before = tickers(Plugins.ADMIN, Api.BASE);
        for (String name : LEASED) {
            assertTrue(before.containsKey(name), name + " is not running: " + before.keySet());
        }
        assertFalse(before.get("plugin-sync").getBoolean("leased"), "every server loads what the database says");
        assertTrue(
                before.keySet().stream().anyMatch(n -> n.startsWith("plugin-directory:")),
                "the plugins directory has a leased ticker of its own: " + before.keySet());
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, JsonObject> after = before;
        while (System.nanoTime() < until && !allHeldAndRan(before, after)) {
            Receiver.sleep(250);
            after = tickers(Plugins.ADMIN, Api.BASE);
        }
        for (String name : LEASED) {
            JsonObject t = after.get(name);
            assertTrue(t.getBoolean("heldHere"), t.toString());
            assertEquals(t.getString("server"), t.getString("holder"), "the database names this server: " + t);
            assertTrue(t.getJsonNumber("term").longValue() >= 1, t.toString());
            assertTrue(
                    t.getJsonNumber("runs").longValue()
                            > before.get(name).getJsonNumber("runs").longValue(),
                    name + " did not run: " + t);
            assertFalse(t.getJsonArray("recent").isEmpty(), t.toString());
        }
    }

    private static boolean allHeldAndRan(Map<String, JsonObject> before, Map<String, JsonObject> after) {
        return LEASED.stream()
                .allMatch(n -> after.get(n).getBoolean("heldHere")
                        && after.get(n).getJsonNumber("runs").longValue()
                                > before.get(n).getJsonNumber("runs").longValue());
    }

    @Test
    void onlyAdminsSeeTheTickers() {
        assertEquals(403, Api.as("supervisor").get("/api/v1/admin/tickers").status());
        assertEquals(401, Api.anonymous().get("/api/v1/admin/tickers").status());
    }
}
