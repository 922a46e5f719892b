package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plugin that throws, hangs or turns out incompatible is contained and reported; the server carries on. */
class PluginContainmentIT {

    private static Receiver receiver;

    @BeforeAll
    static void start() {
        receiver = new Receiver(9391);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void aPluginThatThrowsIsRetriedAndReportedWhileTheServerCarriesOn() {
        String id = PluginJars.uniqueId("example-throws");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url("/throws"), "fail", "ticket.created");
        Plugins.createTicket("Throwing plugin " + id);
        JsonObject delivery = awaitDelivery(instance, d -> d.getInt("attempts") >= 1, Duration.ofSeconds(20));
        assertTrue(
                delivery.getString("lastError").contains("IllegalStateException: asked to fail"), delivery.toString());
        JsonObject plugin = Plugins.plugin(id);
        assertEquals("ACTIVE", plugin.getString("state"), "one failing instance does not take its plugin down");
        assertTrue(plugin.getJsonArray("lastErrors").toString().contains("asked to fail"), plugin.toString());
        JsonObject dead = awaitDelivery(instance, d -> d.getString("state").equals("DEAD"), Duration.ofSeconds(30));
        assertTrue(dead.getString("lastError").contains("gave up after 3 attempts"), dead.toString());
        assertEquals(200, Api.as("agent").get("/api/v1/tickets").status());

        // the admin fixes the plugin and replays the dead letter: same event id, delivered this time
        Plugins.ADMIN.patch(
                "/api/v1/plugins/instances/" + instance,
                Api.json(
                        "config",
                        jakarta.json.Json.createObjectBuilder()
                                .add("mode", "record")
                                .build()),
                null);
        long deliveryId = dead.getJsonNumber("id").longValue();
        JsonObject replayed = Plugins.ADMIN
                .post("/api/v1/deliveries/" + deliveryId + "/replay", "")
                .json();
        assertEquals("PENDING", replayed.getString("state"));
        Receiver.Hit hit = receiver.await(h -> h.body().contains(dead.getString("eventId")), 1, Duration.ofSeconds(20))
                .get(0);
        assertEquals(dead.getString("eventId"), hit.json().getString("eventId"));
        JsonObject log = Plugins.ADMIN.get("/api/v1/deliveries/" + deliveryId).json();
        assertEquals(
                "DELIVERED",
                awaitDelivery(instance, d -> d.getString("state").equals("DELIVERED"), Duration.ofSeconds(10))
                        .getString("state"));
        assertTrue(log.getJsonArray("log").size() >= 3, "every attempt is in the delivery log: " + log);
        cleanUp(id, instance);
    }

    @Test
    void aPluginThatHangsTimesOutAndNeverHoldsUpARequest() {
        String id = PluginJars.uniqueId("example-hangs");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url("/hangs"), "hang", "ticket.created");
        long started = System.nanoTime();
        Plugins.createTicket("Hanging plugin " + id);
        long requestMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(requestMillis < 3000, "creating a ticket took " + requestMillis + " ms");
        JsonObject delivery = awaitDelivery(instance, d -> d.getInt("attempts") >= 1, Duration.ofSeconds(30));
        assertTrue(delivery.getString("lastError").startsWith("no answer within"), delivery.toString());
        assertEquals(200, Api.as("agent").get("/api/v1/tickets").status());
        cleanUp(id, instance);
    }

    @Test
    void aPluginWithALinkageErrorIsMarkedFailedWithTheReason() {
        String id = PluginJars.uniqueId("example-linkage");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url("/linkage"), "linkage-error", "ticket.created");
        Plugins.createTicket("Incompatible plugin " + id);
        JsonObject failed = Plugins.awaitState(id, "FAILED", Duration.ofSeconds(20));
        assertTrue(failed.getString("reason").contains("NoClassDefFoundError"), failed.toString());
        JsonObject view =
                Plugins.ADMIN.get("/api/v1/plugins/instances/" + instance).json();
        assertEquals("FAILED", view.getString("state"));
        JsonObject enabled = Plugins.ADMIN
                .patch("/api/v1/plugins/" + id, "{\"enabled\": true}", null)
                .json();
        assertEquals("ACTIVE", enabled.getString("state"), "an admin can switch it back on (after fixing it)");
        cleanUp(id, instance);
    }

    @Test
    void aDisabledPluginsDeliveriesWaitAndArriveOnceItIsEnabled() {
        String id = PluginJars.uniqueId("example-paused");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url("/paused/" + id), "record", "ticket.created");
        assertEquals(
                "DISABLED",
                Plugins.ADMIN
                        .patch("/api/v1/plugins/" + id, "{\"enabled\": false}", null)
                        .json()
                        .getString("state"));
        String number = Plugins.createTicket("Paused plugin " + id);
        JsonObject waiting = awaitDelivery(
                instance,
                d -> d.containsKey("lastError")
                        && !d.isNull("lastError") // fanned out, not yet looked at by the dispatcher
                        && d.getString("lastError").startsWith("waiting"),
                Duration.ofSeconds(20));
        assertEquals(0, waiting.getInt("attempts"), "waiting does not use up attempts");
        Plugins.ADMIN.patch("/api/v1/plugins/" + id, "{\"enabled\": true}", null);
        assertEquals(
                1,
                receiver.await(h -> h.body().contains(number), 1, Duration.ofSeconds(45))
                        .size());
        cleanUp(id, instance);
    }

    private static JsonObject awaitDelivery(
            long instance, java.util.function.Predicate<JsonObject> condition, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < until) {
            var items = Plugins.ADMIN
                    .get("/api/v1/deliveries?subscriber=plugin-instance:" + instance)
                    .json()
                    .getJsonArray("items");
            if (!items.isEmpty()) {
                last = items.get(0).asJsonObject();
                if (condition.test(last)) {
                    return last;
                }
            }
            Receiver.sleep(300);
        }
        throw new AssertionError(
                "No delivery of instance " + instance + " reached the condition within " + timeout + "; last: " + last);
    }

    private static void cleanUp(String id, long instance) {
        Plugins.deleteInstance(instance);
        Plugins.remove(id);
        assertEquals(404, Plugins.ADMIN.get("/api/v1/plugins/" + id).status());
    }
}
