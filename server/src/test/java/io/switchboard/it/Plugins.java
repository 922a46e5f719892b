package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;

/** Plugin administration as the tests use it, over the REST API as an admin. */
final class Plugins {

    static final Api ADMIN = Api.as("admin");

    private Plugins() {}

    static Api.Reply install(byte[] jar, String fileName) {
        return ADMIN.upload("/api/v1/plugins", "jar", fileName, jar);
    }

    static JsonObject installed(byte[] jar) {
        Api.Reply r = install(jar, "plugin.jar");
        assertTrue(r.status() == 201 || r.status() == 200, r.toString());
        assertEquals("ACTIVE", r.json().getString("state"), r.toString());
        return r.json();
    }

    /** A recorder instance of the example plugin posting to {@code url}; returns its id. */
    static long recorder(String pluginId, String name, String url, String mode, String... events) {
        return recorder(pluginId, name, url, mode, 3, events);
    }

    /** The same with {@code maxAttempts} tries, 1 to 2 s apart. */
    static long recorder(String pluginId, String name, String url, String mode, int maxAttempts, String... events) {
        var config = Json.createObjectBuilder()
                .add("url", url)
                .add("mode", mode)
                .add("token", "tok-" + name)
                .build();
        var types = Json.createArrayBuilder();
        for (String e : events) {
            types.add(e);
        }
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        pluginId,
                        "factory",
                        "recorder",
                        "name",
                        name,
                        "events",
                        types.build(),
                        "retry",
                        Json.createObjectBuilder()
                                .add("maxAttempts", maxAttempts)
                                .add("baseSeconds", 1)
                                .add("maxSeconds", 2)
                                .build(),
                        "config",
                        config));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    static void remove(String pluginId) {
        ADMIN.delete("/api/v1/plugins/" + pluginId);
    }

    static void deleteInstance(long id) {
        ADMIN.delete("/api/v1/plugins/instances/" + id);
    }

    static JsonObject plugin(String id) {
        return ADMIN.get("/api/v1/plugins/" + id).json();
    }

    /** Polls until the plugin is in {@code state}; returns its last view. */
    static JsonObject awaitState(String id, String state, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        Api.Reply r = null;
        while (System.nanoTime() < until) {
            r = ADMIN.get("/api/v1/plugins/" + id);
            if (r.status() == 200 && state.equals(r.json().getString("state"))) {
                return r.json();
            }
            Receiver.sleep(200);
        }
        throw new AssertionError("Plugin " + id + " did not become " + state + " within " + timeout + ": " + r);
    }

    static String createTicket(String summary) {
        Api.Reply r = Api.as("agent").post("/api/v1/tickets", json("summary", summary));
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("number");
    }
}
