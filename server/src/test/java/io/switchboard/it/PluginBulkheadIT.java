package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Instances whose {@code deliver} hangs for a minute and ignores interrupts hold only their own
 * slots: another notifier keeps delivering promptly and an unrelated plugin installs while they
 * hang (on the old shared pool of 16 threads, 4 hung instances stalled both, and an install
 * failed after 30 s).
 */
class PluginBulkheadIT {

    private static final int HUNG = 4;
    private static final Duration PROMPT = Duration.ofSeconds(5);
    private static Receiver receiver;

    @BeforeAll
    static void start() {
        receiver = new Receiver(9396);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void fourHungInstancesHoldOnlyTheirOwnSlots() {
        String hung = PluginJars.uniqueId("hung");
        Plugins.installed(PluginJars.as(PluginJars.V1, hung, "1.0.0"));
        List<Long> hungInstances = new ArrayList<>();
        for (int i = 0; i < HUNG; i++) {
            hungInstances.add(Plugins.recorder(
                    hung, hung + "-" + i, receiver.url("/hung/" + hung + "/" + i), "hang", "ticket.created"));
        }
        String healthy = PluginJars.uniqueId("healthy");
        Plugins.installed(PluginJars.as(PluginJars.V1, healthy, "1.0.0"));
        String path = "/healthy/" + healthy;
        long healthyInstance = Plugins.recorder(healthy, healthy, receiver.url(path), "record", "ticket.created");

        // Fill every hung instance's slots: each call hangs, times out after 3 s and keeps its thread.
        List<Instant> created = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(Instant.now());
            numbers.add(Plugins.createTicket("Bulkhead " + healthy + " #" + i));
            if (i == 5) {
                awaitBusy(hungInstances.get(0));
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            Receiver.Hit hit = receiver.await(
                            h -> h.path().equals(path)
                                    && h.json().getString("ticket").equals(number),
                            1,
                            Duration.ofSeconds(30))
                    .get(0);
            Duration lag = Duration.between(created.get(i), hit.at());
            assertTrue(lag.compareTo(PROMPT) <= 0, "ticket " + number + " reached the healthy notifier after " + lag);
        }

        // Plugin administration does not wait for the hung instances either.
        String unrelated = PluginJars.uniqueId("unrelated");
        long started = System.nanoTime();
        JsonObject installed = Plugins.installed(PluginJars.as(PluginJars.V2, unrelated, "2.0.0"));
        long installMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals("ACTIVE", installed.getString("state"));
        assertTrue(installMillis < 10_000, "installing an unrelated plugin took " + installMillis + " ms");
        assertEquals(
                200,
                Plugins.ADMIN.get("/api/v1/plugins/instances?plugin=" + hung).status());

        // The hung instances' deliveries wait for them; none of their calls ran on another's slots.
        for (long instance : hungInstances) {
            JsonObject d = newest(instance);
            assertEquals("PENDING", d.getString("state"), d.toString());
        }

        Plugins.remove(unrelated);
        hungInstances.forEach(Plugins::deleteInstance);
        Plugins.deleteInstance(healthyInstance);
        Plugins.remove(hung);
        Plugins.remove(healthy);
    }

    @Test
    void aHungInstancesBacklogNeverDelaysAnotherNotifier() {
        String hung = PluginJars.uniqueId("backlog");
        Plugins.installed(PluginJars.as(PluginJars.V1, hung, "1.0.0"));
        long hungInstance = Plugins.recorder(hung, hung, receiver.url("/backlog/" + hung), "hang", 6, "ticket.created");
        String healthy = PluginJars.uniqueId("prompt");
        Plugins.installed(PluginJars.as(PluginJars.V1, healthy, "1.0.0"));
        String path = "/prompt/" + healthy;
        long healthyInstance = Plugins.recorder(healthy, healthy, receiver.url(path), "record", "ticket.created");

        // More than one dispatcher batch (200) of the hung instance's deliveries is due at once.
        List<Instant> created = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            created.add(Instant.now());
            numbers.add(Plugins.createTicket("Backlog " + healthy + " #" + i));
        }
        awaitBusy(hungInstance);
        for (int i = 0; i < 10; i++) {
            created.add(Instant.now());
            numbers.add(Plugins.createTicket("Behind the backlog " + healthy + " #" + i));
        }
        List<Duration> lags = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            Receiver.Hit hit = receiver.await(
                            h -> h.path().equals(path)
                                    && h.json().getString("ticket").equals(number),
                            1,
                            Duration.ofSeconds(60))
                    .get(0);
            lags.add(Duration.between(created.get(i), hit.at()));
        }
        List<Duration> behind = lags.subList(230, lags.size());
        for (Duration lag : behind) {
            assertTrue(lag.compareTo(PROMPT) <= 0, "behind the hung backlog, the healthy notifier's lags: " + behind);
        }
        Plugins.deleteInstance(hungInstance);
        Plugins.deleteInstance(healthyInstance);
        Plugins.remove(hung);
        Plugins.remove(healthy);
    }

    @Test
    void upgradingAHungPluginAbandonsItsCallsAndTheFixedVersionDeliversEverything() {
        String id = PluginJars.uniqueId("upgrade-hung");
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        String path = "/upgrade/" + id;
        long instance = Plugins.recorder(id, id, receiver.url(path), "hang-before-v2", 6, "ticket.created");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(Plugins.createTicket("Upgrade while hung " + id + " #" + i));
        }
        awaitBusy(instance); // every slot is held by a call that ignores interrupts for a minute

        long started = System.nanoTime();
        Api.Reply upgraded = Plugins.install(PluginJars.as(PluginJars.V2, id, "2.0.0"), "fixed.jar");
        assertEquals(200, upgraded.status(), upgraded.toString());
        assertEquals("2.0.0", upgraded.json().getString("version"));
        JsonObject diagnostics =
                Plugins.ADMIN.get("/api/v1/plugins/diagnostics").json();
        assertTrue(diagnostics.getInt("abandonedCalls") >= 4, "the hung calls were abandoned: " + diagnostics);
        List<Receiver.Hit> hits = receiver.await(
                h -> h.path().equals(path) && numbers.contains(h.json().getString("ticket")),
                numbers.size(),
                Duration.ofSeconds(40));
        long drainedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(drainedMillis < 40_000, "the fixed version took " + drainedMillis + " ms");
        for (Receiver.Hit hit : hits) {
            assertEquals("2.0.0", hit.json().getString("pluginVersion"), "delivered by the fixed version: " + hit);
        }
        assertEquals(
                numbers.size(),
                hits.stream().map(h -> h.json().getString("ticket")).distinct().count(),
                "every ticket once");
        Plugins.deleteInstance(instance);
        Plugins.remove(id);
    }

    /** Waits until a hung instance refuses calls because its slots are all taken. */
    private static void awaitBusy(long instance) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            var items = Plugins.ADMIN
                    .get("/api/v1/deliveries?pageSize=200&subscriber=plugin-instance:" + instance)
                    .json()
                    .getJsonArray("items");
            for (var item : items) {
                JsonObject d = item.asJsonObject();
                if (!d.isNull("lastError") && d.getString("lastError").contains("slots are taken")) {
                    return;
                }
            }
            Receiver.sleep(250);
        }
        throw new AssertionError("Instance " + instance + " never ran out of slots");
    }

    private static JsonObject newest(long instance) {
        return Plugins.ADMIN
                .get("/api/v1/deliveries?subscriber=plugin-instance:" + instance)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
    }
}
