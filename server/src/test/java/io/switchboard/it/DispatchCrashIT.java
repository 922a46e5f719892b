package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * At-least-once across a crash: while the dispatcher is delivering, the integration-test server
 * is killed with SIGKILL (no shutdown hook, no clean stop), then started again with the same
 * configuration. Every event that was committed before the kill still reaches the subscribed
 * notifier, each with its stable event id; duplicates are allowed, losses are not. The test
 * restarts the server it killed, so the suite goes on against a running server.
 */
class DispatchCrashIT {

    private static final int TICKETS = 40;
    private static final Path WLP = Path.of(System.getProperty("switchboard.it.wlp", "target/liberty/wlp"));
    private static final String SERVER = System.getProperty("switchboard.it.server", "switchboard-it");

    @Test
    void everyCommittedEventReachesItsNotifierAfterTheServerIsKilledMidDispatch() throws Exception {
        String id = PluginJars.uniqueId("example-crash");
        try (Receiver receiver = new Receiver(9395)) {
            receiver.answerAfter(Duration.ofMillis(150)); // slow enough that the kill lands mid-dispatch
            Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
            long instance = Plugins.recorder(id, id, receiver.url("/crash"), "record", "ticket.created");
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                numbers.add(Plugins.createTicket("Crash " + id + " #" + i));
            }
            receiver.await(h -> true, 3, Duration.ofSeconds(30)); // dispatch is under way
            long pid = kill9();
            long beforeRestart = receiver.hits().stream()
                    .filter(h -> numbers.contains(h.json().getString("ticket")))
                    .count();
            System.out.printf("killed server pid %d with %d of %d events delivered%n", pid, beforeRestart, TICKETS);
            assertTrue(beforeRestart < TICKETS, "everything was delivered before the kill; the test proved nothing");

            long started = System.nanoTime();
            start();
            awaitUp(ServerProcess.RESTART_WAIT);
            System.out.printf("restarted in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));

            Set<String> missing = new HashSet<>(numbers);
            long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!missing.isEmpty() && System.nanoTime() < until) {
                receiver.hits().forEach(h -> missing.remove(h.json().getString("ticket")));
                Receiver.sleep(250);
            }
            assertTrue(missing.isEmpty(), "events lost across the crash for " + missing);

            Map<String, Integer> perEvent = new TreeMap<>();
            receiver.hits().stream()
                    .filter(h -> numbers.contains(
                            h.json().getString("ticket"))) // other tests' events may still be in flight
                    .forEach(h -> perEvent.merge(h.json().getString("eventId"), 1, Integer::sum));
            long duplicates = perEvent.values().stream().filter(n -> n > 1).count();
            System.out.printf(
                    "after restart: %d distinct events for %d tickets, %d delivered more than once (same event id)%n",
                    perEvent.size(), TICKETS, duplicates);
            assertEquals(TICKETS, perEvent.size(), "one event id per ticket, stable across redeliveries");
            JsonObject pending = Plugins.ADMIN
                    .get("/api/v1/deliveries?state=pending&subscriber=plugin-instance:" + instance)
                    .json();
            assertEquals(0, pending.getInt("total"), pending.toString());
            Plugins.deleteInstance(instance);
            Plugins.remove(id);
        }
    }

    private static long kill9() throws Exception {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        server.onExit().get(30, TimeUnit.SECONDS);
        return pid;
    }

    private static void start() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", SERVER)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static void awaitUp(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (Plugins.ADMIN.isUp("/api/v1/plugins")) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Receiver.sleep(500);
        }
        throw new AssertionError("the server did not come back within " + timeout);
    }
}
