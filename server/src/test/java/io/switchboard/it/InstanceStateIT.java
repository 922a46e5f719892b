package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A plugin's own durable state (plugin API 1.1) outlives its objects: upgrades and new class loaders included. */
class InstanceStateIT {

    @Test
    void aPluginKeepsItsCountAcrossDeliveriesAndAnUpgradeAndNobodySeesItsSecret() {
        String id = PluginJars.uniqueId("example-state");
        try (Receiver receiver = new Receiver(9398)) {
            Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
            long instance = Plugins.recorder(id, id, receiver.url("/state"), "remember", "ticket.created");
            String one = Plugins.createTicket("State one " + id);
            int first = remembered(receiver, id, one);
            assertTrue(first >= 1, "counted from the first delivery");
            String two = Plugins.createTicket("State two " + id);
            assertTrue(remembered(receiver, id, two) > first, "the second delivery counts on");

            Plugins.installed(PluginJars.as(PluginJars.V2, id, "2.0.0")); // a new class loader, new objects
            String three = Plugins.createTicket("State three " + id);
            Receiver.Hit hit = receiver.await(h -> fromInstance(h, id, three), 1, Duration.ofSeconds(20))
                    .get(0);
            assertEquals("2.0.0", hit.json().getString("pluginVersion"));
            // Delivery is at least once: a try that timed out on a loaded machine and was retried counts
            // twice. What must hold is that the count went on across the upgrade (not back to 1) and that
            // every post of this instance carries the next number, none lost, none repeated.
            assertTrue(hit.json().getInt("remembered") >= 3, "the count went on across the upgrade: " + hit.body());
            List<Integer> counts = receiver.hits(h -> fromInstance(h, id, "")).stream()
                    .map(h -> h.json().getInt("remembered"))
                    .sorted()
                    .toList();
            assertEquals(IntStream.rangeClosed(1, counts.size()).boxed().toList(), counts);

            String view =
                    Plugins.ADMIN.get("/api/v1/plugins/instances/" + instance).text();
            assertFalse(view.contains("secret-session-of"), "instance state never shows in the API: " + view);
            Plugins.deleteInstance(instance);
            Plugins.remove(id);
        }
    }

    /** Only this test's instance: an instance another test left behind may post to the same port. */
    private static boolean fromInstance(Receiver.Hit hit, String instance, String ticket) {
        return hit.body().contains(ticket) && instance.equals(hit.json().getString("instance", ""));
    }

    private static int remembered(Receiver receiver, String instance, String ticket) {
        return receiver.await(h -> fromInstance(h, instance, ticket), 1, Duration.ofSeconds(20))
                .get(0)
                .json()
                .getInt("remembered");
    }
}
