package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hostile plugin (plugins/hostile-plugin), installed over REST like any other, probes the ways
 * out of its sandbox the plugin guide says are closed, both in a connection test (a factory call)
 * and while the factory creates its notifier and during a delivery (instance calls). Every probe
 * must come back blocked; and what it writes through the ticket gateway is the plugin's, not an
 * admin's.
 */
class PluginIsolationIT {

    private static final Path HOSTILE = Path.of(System.getProperty(
            "switchboard.it.hostile-jar", "../plugins/hostile-plugin/target/hostile-plugin-1.0.0-SNAPSHOT.jar"));

    /** Every probe the plugin runs; a probe missing from its report fails the test as surely as one that got through. */
    private static final List<String> PROBES = List.of(
            "context-class-loader",
            "app-class-via-context-loader",
            "app-class-via-own-loader",
            "app-class-via-context-object",
            "app-class-via-gateway",
            "app-class-via-state",
            "app-class-via-outbound-guard",
            "context-beyond-spi",
            "cdi-api",
            "ejb-api",
            "persistence-api",
            "transaction-api",
            "json-implementation",
            "jndi-bean-manager",
            "secrets-key-as-resource");

    private static String pluginId;
    private static long instanceId;
    private static String instanceName;

    @BeforeAll
    static void install() {
        pluginId = PluginJars.uniqueId("hostile");
        Plugins.installed(PluginJars.as(HOSTILE, pluginId, "1.0.0"));
        instanceName = pluginId + "-probe";
        Api.Reply made = Plugins.ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        pluginId,
                        "factory",
                        "prober",
                        "name",
                        instanceName,
                        "events",
                        Json.createArrayBuilder().add("ticket.created").build(),
                        "config",
                        Json.createObjectBuilder().add("token", "probe-secret").build()));
        assertEquals(201, made.status(), made.toString());
        instanceId = made.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void remove() {
        Plugins.deleteInstance(instanceId);
        Plugins.remove(pluginId);
    }

    @Test
    void aFactoryCallReachesNothingOfTheHost() {
        JsonObject check = Plugins.ADMIN
                .post("/api/v1/plugins/instances/" + instanceId + "/test", "")
                .json();
        assertEquals("OK", check.getString("outcome"), check.toString());
        assertAllBlocked("connection test", check.getString("message"));
    }

    @Test
    void instanceCallsReachNothingOfTheHostAndTheirWritesAreThePlugins() {
        String number = Plugins.createTicket("isolation probe " + pluginId);
        JsonObject note = awaitNote(number);
        String body = note.getString("bodyText");
        assertTrue(body.contains("create:") && body.contains("deliver:"), body);
        assertAllBlocked("notifier creation", body.substring(body.indexOf("create:"), body.indexOf("deliver:")));
        assertAllBlocked("delivery", body.substring(body.indexOf("deliver:")));

        assertEquals("plugin:" + instanceName, note.getString("author"), note.toString());
        String history =
                Api.as("agent").get("/api/v1/tickets/" + number + "/history").text();
        assertTrue(history.contains("plugin:" + instanceName), history);
        assertTrue(!history.contains("\"actor\":\"admin\""), "nothing on this ticket is the admin's: " + history);
    }

    private static void assertAllBlocked(String where, String report) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : report.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                outcomes.put(line.substring(0, eq).trim(), line.substring(eq + 1));
            }
        }
        for (String probe : PROBES) {
            String outcome = outcomes.get(probe);
            if (outcome == null || !outcome.startsWith("blocked")) {
                fail(where + ": probe " + probe + " was not blocked: " + outcome + "\nfull report:\n" + report);
            }
        }
    }

    private static JsonObject awaitNote(String number) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            for (JsonValue c : Api.as("agent")
                    .get("/api/v1/tickets/" + number + "/comments")
                    .items()) {
                JsonObject comment = c.asJsonObject();
                if (comment.getString("bodyText", "").contains("deliver:")) {
                    return comment;
                }
            }
            Receiver.sleep(200);
        }
        throw new AssertionError("the prober wrote no report on " + number + " within 30 s");
    }
}
