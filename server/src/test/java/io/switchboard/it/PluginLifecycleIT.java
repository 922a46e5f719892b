package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A third-party plugin goes in over REST, receives events, is upgraded live and removed, and the server never restarts. */
class PluginLifecycleIT {

    private static Receiver receiver;

    @BeforeAll
    static void start() {
        receiver = new Receiver(9390);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void aThirdPartyPluginIsInstalledReceivesEventsIsUpgradedLiveAndRemovedWithoutARestart() {
        String id = PluginJars.uniqueId("example-life");
        byte[] v1 = PluginJars.as(PluginJars.V1, id, "1.0.0");
        Api.Reply installed = Plugins.install(v1, "recorder.jar");
        assertEquals(201, installed.status(), installed.toString());
        assertEquals(PluginJars.sha256(v1), installed.json().getString("sha256"));
        assertEquals("1.0.0", installed.json().getString("version"));
        assertTrue(installed.header("location").endsWith("/api/v1/plugins/" + id));

        long instance = Plugins.recorder(id, id + " target", receiver.url("/life/" + id), "record", "ticket.created");
        Instant before = Instant.now();
        String first = Plugins.createTicket("Lifecycle one " + id);
        Receiver.Hit hit = receiver.await(h -> h.body().contains(first), 1, Duration.ofSeconds(20))
                .get(0);
        System.out.printf(
                "dispatch latency (commit -> receiver) %d ms%n",
                Duration.between(before, hit.at()).toMillis());
        assertEquals("1.0.0", hit.json().getString("pluginVersion"));
        assertEquals("ticket.created", hit.json().getString("type"));
        assertEquals("Bearer tok-" + id + " target", hit.headers().get("authorization"));

        byte[] v2 = PluginJars.as(PluginJars.V2, id, "2.0.0");
        Api.Reply upgraded = Plugins.install(v2, "recorder-v2.jar");
        assertEquals(200, upgraded.status(), upgraded.toString());
        assertTrue(upgraded.json().getBoolean("upgraded"));
        assertEquals("1.0.0", upgraded.json().getString("previousVersion"));
        assertEquals(PluginJars.sha256(v2), upgraded.json().getString("sha256"));
        String second = Plugins.createTicket("Lifecycle two " + id);
        assertEquals(
                "2.0.0",
                receiver.await(h -> h.body().contains(second), 1, Duration.ofSeconds(20))
                        .get(0)
                        .json()
                        .getString("pluginVersion"));

        assertEquals(204, Plugins.ADMIN.delete("/api/v1/plugins/" + id).status());
        assertEquals(404, Plugins.ADMIN.get("/api/v1/plugins/" + id).status());
        JsonObject orphan =
                Plugins.ADMIN.get("/api/v1/plugins/instances/" + instance).json();
        assertEquals("FAILED", orphan.getString("state"));
        assertTrue(orphan.getString("stateReason").contains("not installed"), orphan.toString());
        String third = Plugins.createTicket("Lifecycle three " + id);
        Receiver.sleep(2500);
        assertTrue(receiver.hits(h -> h.body().contains(third)).isEmpty(), "a removed plugin receives nothing");

        List<String> actions =
                Plugins.ADMIN.get("/api/v1/plugins/audit?plugin=" + id).json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .map(a -> a.getString("action") + ":" + a.getString("actor") + ":" + a.getString("sha256", ""))
                        .toList();
        assertTrue(actions.contains("install:admin:" + PluginJars.sha256(v1)), actions.toString());
        assertTrue(actions.contains("upgrade:admin:" + PluginJars.sha256(v2)), actions.toString());
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("instance-create:admin:")), actions.toString());
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("remove:admin:")), actions.toString());
        Plugins.deleteInstance(instance);
    }

    @Test
    void aCallInFlightDuringAnUpgradeFinishesOnTheOldVersion() {
        String id = PluginJars.uniqueId("example-inflight");
        try (Receiver slow = new Receiver(9399)) {
            slow.answerAfter(Duration.ofMillis(2000)); // within the IT server's 3 s call timeout
            Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
            long instance = Plugins.recorder(id, id, slow.url("/inflight"), "record", "ticket.created");
            String during = Plugins.createTicket("In flight " + id);
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (slow.hits().isEmpty()
                    && Plugins.ADMIN
                            .get("/api/v1/deliveries?subscriber=plugin-instance:" + instance)
                            .json()
                            .getJsonArray("items")
                            .isEmpty()
                    && System.nanoTime() < until) {
                Receiver.sleep(50);
            }
            Receiver.sleep(700); // the delivery is now waiting on the slow receiver
            assertEquals(
                    200,
                    Plugins.install(PluginJars.as(PluginJars.V2, id, "2.0.0"), "v2.jar")
                            .status());
            String after = Plugins.createTicket("After upgrade " + id);
            Receiver.Hit old = slow.await(h -> h.body().contains(during), 1, Duration.ofSeconds(20))
                    .get(0);
            Receiver.Hit fresh = slow.await(h -> h.body().contains(after), 1, Duration.ofSeconds(20))
                    .get(0);
            assertEquals("1.0.0", old.json().getString("pluginVersion"));
            assertEquals(1, old.json().getInt("attempt"), "the call in flight was not cut off and retried");
            assertEquals("2.0.0", fresh.json().getString("pluginVersion"));
            assertEquals(
                    1, slow.hits(h -> h.body().contains(during)).size(), "delivered once, not cut off and redelivered");
            Plugins.deleteInstance(instance);
            Plugins.remove(id);
        }
    }

    @Test
    void aJarDroppedIntoThePluginsDirectoryIsLoadedWithinSecondsAndUnloadedWhenDeleted() throws Exception {
        String id = PluginJars.uniqueId("example-drop");
        java.nio.file.Path dir = java.nio.file.Path.of(
                System.getProperty("switchboard.it.wlp", "target/liberty/wlp"),
                "usr",
                "servers",
                System.getProperty("switchboard.it.server", "switchboard-it"),
                "plugins");
        java.nio.file.Path part = dir.resolve(id + ".part");
        java.nio.file.Path jar = dir.resolve(id + ".jar");
        java.nio.file.Files.write(part, PluginJars.as(PluginJars.V1, id, "1.0.0"));
        java.nio.file.Files.move(part, jar, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        long started = System.nanoTime();
        JsonObject loaded = Plugins.awaitState(id, "ACTIVE", Duration.ofSeconds(15));
        System.out.printf("dropped jar active after %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(id + ".jar", loaded.getString("file"));
        java.nio.file.Files.delete(jar);
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (Plugins.ADMIN.get("/api/v1/plugins/" + id).status() != 404 && System.nanoTime() < until) {
            Receiver.sleep(200);
        }
        assertEquals(404, Plugins.ADMIN.get("/api/v1/plugins/" + id).status(), "a deleted jar is unloaded");
        assertTrue(Plugins.ADMIN
                .get("/api/v1/plugins/audit?plugin=" + id)
                .text()
                .contains("\"actor\":\"plugins-directory\""));
    }

    @Test
    void aPluginWritesToTicketsThroughTheGatewayUnderItsOwnName() {
        String id = PluginJars.uniqueId("example-gateway");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, "Annotator " + id, receiver.url("/gateway"), "annotate", "ticket.created");
        String number = Plugins.createTicket("Gateway " + id);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String comments = "";
        while (!comments.contains("Recorded by") && System.nanoTime() < until) {
            comments = Api.as("agent")
                    .get("/api/v1/tickets/" + number + "/comments")
                    .text();
            Receiver.sleep(300);
        }
        assertTrue(comments.contains("Recorded by Annotator " + id), comments);
        String history =
                Api.as("agent").get("/api/v1/tickets/" + number + "/history").text();
        assertTrue(history.contains("plugin:Annotator " + id), "the change is the plugin instance's: " + history);
        Plugins.deleteInstance(instance);
        Plugins.remove(id);
    }

    @Test
    void aJarBuiltForAnotherMajorApiVersionIsRefusedWithTheReason() {
        Api.Reply r = Plugins.install(PluginJars.read(PluginJars.API2), "future.jar");
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.isProblem());
        assertTrue(r.json().getString("detail").contains("built for plugin API 2.0"), r.toString());
        assertTrue(r.json().getString("detail").contains("refuses another major version"), r.toString());
    }

    @Test
    void somethingThatIsNotAPluginIsRefused() {
        Api.Reply r = Plugins.install("not a jar at all".getBytes(), "junk.jar");
        assertEquals(422, r.status(), r.toString());
        assertFalse(r.text().contains("Exception"), r.text());
    }

    @Test
    void secretSettingsAreStoredButNeverReturned() {
        String id = PluginJars.uniqueId("example-secret");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url("/secret"), "record");
        Api.Reply r = Plugins.ADMIN.get("/api/v1/plugins/instances/" + instance);
        assertFalse(r.text().contains("tok-" + id), r.text());
        assertEquals("token", r.json().getJsonArray("secretsSet").getString(0));
        Api.Reply list = Plugins.ADMIN.get("/api/v1/plugins/instances?plugin=" + id);
        assertFalse(list.text().contains("tok-" + id), list.text());
        Api.Reply patched = Plugins.ADMIN.patch(
                "/api/v1/plugins/instances/" + instance,
                json(
                        "config",
                        jakarta.json.Json.createObjectBuilder()
                                .add("mode", "fail")
                                .build()),
                null);
        assertEquals(200, patched.status(), patched.toString());
        assertEquals("token", patched.json().getJsonArray("secretsSet").getString(0), "a secret not sent is kept");
        Plugins.deleteInstance(instance);
        Plugins.remove(id);
    }

    @Test
    void badSettingsAreRefusedFieldByField() {
        String id = PluginJars.uniqueId("example-bad");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        Api.Reply unknown = Plugins.ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        id,
                        "name",
                        id,
                        "config",
                        jakarta.json.Json.createObjectBuilder()
                                .add("url", "http://x.example")
                                .add("colour", "red")
                                .build()));
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.json().getJsonArray("errors").toString().contains("config.colour"), unknown.toString());
        Api.Reply wrong = Plugins.ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        id,
                        "name",
                        id,
                        "config",
                        jakarta.json.Json.createObjectBuilder()
                                .add("url", "ftp://x")
                                .add("mode", "dance")
                                .build()));
        assertEquals(400, wrong.status(), wrong.toString());
        String errors = wrong.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("config.url") && errors.contains("config.mode"), errors);
        assertEquals(
                0,
                Plugins.ADMIN
                        .get("/api/v1/plugins/instances?plugin=" + id)
                        .items()
                        .size());
        Plugins.remove(id);
    }

    @Test
    void onlyAdminsManagePlugins() {
        assertEquals(403, Api.as("supervisor").get("/api/v1/plugins").status());
        assertEquals(
                403,
                Api.as("agent")
                        .upload("/api/v1/plugins", "jar", "x.jar", PluginJars.read(PluginJars.V1))
                        .status());
        assertEquals(401, Api.anonymous().get("/api/v1/plugins").status());
    }
}
