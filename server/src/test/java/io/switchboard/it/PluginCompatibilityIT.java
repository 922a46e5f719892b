package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A plugin built against plugin API 1.0 (plugins/legacy-plugin, compiled against the 1.0 sources
 * as released) runs on this host: it loads, its settings form and validation work, it delivers,
 * and it writes through the ticket gateway. The API's binary compatibility as a whole is checked
 * by japicmp in plugins/plugin-api's build.
 */
class PluginCompatibilityIT {

    private static final Path LEGACY = Path.of(System.getProperty(
            "switchboard.it.legacy-jar", "../plugins/legacy-plugin/target/legacy-plugin-1.0.0-SNAPSHOT.jar"));

    @Test
    void aPluginBuiltForApi10IsLoadedConfiguredAndDelivers() {
        String id = PluginJars.uniqueId("legacy");
        JsonObject installed = Plugins.installed(PluginJars.as(LEGACY, id, "1.0.0"));
        assertEquals("1.0", installed.getString("apiVersion"), installed.toString());
        try (Receiver receiver = new Receiver(9398)) {
            Api.Reply refused = create(id, "not-a-url");
            assertEquals(400, refused.status(), refused.toString());
            assertTrue(
                    refused.text().contains("must be an http or https URL"),
                    "the 1.0 plugin's validation ran: " + refused);
            Api.Reply made = create(id, receiver.url("/legacy"));
            assertEquals(201, made.status(), made.toString());
            long instance = made.json().getJsonNumber("id").longValue();
            JsonObject check = Plugins.ADMIN
                    .post("/api/v1/plugins/instances/" + instance + "/test", "")
                    .json();
            assertEquals("OK", check.getString("outcome"), check.toString());

            String number = Plugins.createTicket("Legacy " + id);
            Receiver.Hit hit = receiver.await(h -> h.body().contains(number), 1, Duration.ofSeconds(20))
                    .get(0);
            assertEquals("1.0", hit.json().getString("builtFor"));
            assertEquals("Bearer legacy-token", hit.headers().get("authorization"));
            String comments = "";
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!comments.contains("built for API 1.0") && System.nanoTime() < until) {
                comments = Api.as("agent")
                        .get("/api/v1/tickets/" + number + "/comments")
                        .text();
                Receiver.sleep(200);
            }
            assertTrue(comments.contains("Seen by a plugin built for API 1.0"), comments);
            Plugins.deleteInstance(instance);
        } finally {
            Plugins.remove(id);
        }
    }

    private static Api.Reply create(String pluginId, String url) {
        return Plugins.ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        pluginId,
                        "factory",
                        "legacy",
                        "name",
                        pluginId + "-" + Math.abs(url.hashCode()),
                        "events",
                        Json.createArrayBuilder().add("ticket.created").build(),
                        "config",
                        Json.createObjectBuilder()
                                .add("url", url)
                                .add("token", "legacy-token")
                                .add("annotate", "true")
                                .build()));
    }
}
