package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Installing and removing a plugin 50 times leaves no class loader behind: the JVM unloads the
 * plugin's classes, the loaded class count and the heap stay flat, and the host holds no
 * reference to any retired loader once the garbage collector has run.
 */
class PluginClassUnloadingIT {

    private static final int CYCLES = 50;

    @Test
    void fiftyInstallAndRemoveCyclesLeaveNoClassLoaderBehind() {
        String id = PluginJars.uniqueId("example-cycle");
        byte[] jar = PluginJars.as(PluginJars.V1, id, "1.0.0");
        cycle(id, jar, 5); // warm up: JIT, REST and JSON caches, lambda forms
        JsonObject before = diagnostics();
        for (int i = 0; i < CYCLES; i++) {
            cycle(id, jar, 1);
        }
        JsonObject after = diagnostics();
        long classesBefore = before.getJsonNumber("loadedClasses").longValue();
        long classesAfter = after.getJsonNumber("loadedClasses").longValue();
        long unloaded = after.getJsonNumber("unloadedClasses").longValue()
                - before.getJsonNumber("unloadedClasses").longValue();
        long heapBefore = before.getJsonNumber("heapUsedBytes").longValue();
        long heapAfter = after.getJsonNumber("heapUsedBytes").longValue();
        System.out.printf(
                "%d install/remove cycles: loaded classes %d -> %d (%+d), classes unloaded %d, heap %d MB -> %d MB,"
                        + " retired loaders still reachable %d%n",
                CYCLES,
                classesBefore,
                classesAfter,
                classesAfter - classesBefore,
                unloaded,
                heapBefore >> 20,
                heapAfter >> 20,
                after.getInt("retainedLoaders"));
        assertEquals(0, after.getInt("retainedLoaders"), "a retired plugin class loader is still reachable: " + after);
        assertTrue(unloaded >= CYCLES, "the JVM unloaded only " + unloaded + " classes in " + CYCLES + " cycles");
        assertTrue(classesAfter - classesBefore < 150, "loaded classes grew by " + (classesAfter - classesBefore));
        assertTrue(
                heapAfter - heapBefore < 48L * 1024 * 1024, "heap grew by " + ((heapAfter - heapBefore) >> 20) + " MB");
    }

    /** Install, configure, call into it (a connection test loads and runs its classes), remove. */
    private static void cycle(String id, byte[] jar, int times) {
        for (int i = 0; i < times; i++) {
            Plugins.installed(jar);
            long instance = Plugins.recorder(id, id, "http://127.0.0.1:9398/unused", "record");
            JsonObject check = Plugins.ADMIN
                    .post("/api/v1/plugins/instances/" + instance + "/test", "")
                    .json();
            assertEquals("OK", check.getString("outcome"), check.toString());
            Plugins.deleteInstance(instance);
            assertEquals(204, Plugins.ADMIN.delete("/api/v1/plugins/" + id).status());
        }
    }

    /**
     * Diagnostics after collections, asked again until the retired loaders are gone or it is clear
     * they stay. A hung call that an earlier test's upgrade abandoned still holds its plugin's loader
     * until it returns (the test plugin hangs for a minute), so the wait covers those too.
     */
    private static JsonObject diagnostics() {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(150).toNanos();
        JsonObject d;
        do {
            d = Plugins.ADMIN.get("/api/v1/plugins/diagnostics?gc=true").json();
            if (d.getInt("retainedLoaders") == 0) {
                return d;
            }
            Receiver.sleep(500);
        } while (System.nanoTime() < until);
        return d;
    }
}
