package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Installed plugin jars live in the database: the plugins directory only mirrors it. A server
 * whose directory and plugin cache are wiped while it is down gets every plugin back, running the
 * installed version, and writes the jars back into the directory.
 */
class PluginStorageIT {

    private static final ServerProcess SERVER = ServerProcess.itServer();
    private static final Path DIRECTORY = SERVER.directory().resolve("plugins");
    private static final Path CACHE = SERVER.directory().resolve("plugin-cache");

    @Test
    void aServerWithItsPluginsDirectoryAndCacheWipedGetsEveryPluginBackFromTheDatabase() throws Exception {
        String id = PluginJars.uniqueId("example-stored");
        byte[] v1 = PluginJars.as(PluginJars.V1, id, "1.0.0");
        byte[] v2 = PluginJars.as(PluginJars.V2, id, "2.0.0");
        Path mirrored = DIRECTORY.resolve(id + ".jar");
        try (Receiver receiver = new Receiver(9398)) {
            Plugins.installed(v1);
            awaitFile(mirrored, PluginJars.sha256(v1), "an upload is written into the plugins directory");
            Plugins.installed(v2);
            awaitFile(mirrored, PluginJars.sha256(v2), "an upgrade replaces the directory's copy");
            long instance = Plugins.recorder(id, id, receiver.url("/stored"), "record", "ticket.created");

            long pid = SERVER.kill9();
            wipe(DIRECTORY);
            wipe(CACHE);
            System.out.printf("killed %d, wiped %s and %s%n", pid, DIRECTORY, CACHE);
            long started = System.nanoTime();
            SERVER.start();
            SERVER.awaitUp(ServerProcess.RESTART_WAIT);
            System.out.printf("restarted in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));

            JsonObject back = Plugins.awaitState(id, "ACTIVE", Duration.ofSeconds(30));
            assertEquals("2.0.0", back.getString("version"));
            assertEquals(PluginJars.sha256(v2), back.getString("sha256"));
            assertEquals("ACTIVE", Plugins.plugin("notify-webhook").getString("state"), "built-ins come back too");
            awaitFile(mirrored, PluginJars.sha256(v2), "the database writes the jar back into the directory");
            assertTrue(Files.exists(DIRECTORY.resolve("notify-webhook.jar")), "and the built-in plugins");

            String number = Plugins.createTicket("Stored " + id);
            assertEquals(
                    "2.0.0",
                    receiver.await(h -> h.body().contains(number), 1, Duration.ofSeconds(30))
                            .get(0)
                            .json()
                            .getString("pluginVersion"));

            Plugins.deleteInstance(instance);
            Plugins.remove(id);
            awaitGone(mirrored);
        }
    }

    private static void awaitFile(Path file, String sha256, String why) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String seen = null;
        while (System.nanoTime() < until) {
            try {
                if (Files.exists(file)) {
                    seen = PluginJars.sha256(Files.readAllBytes(file));
                    if (seen.equals(sha256)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // being replaced: look again
            }
            Receiver.sleep(200);
        }
        throw new AssertionError(why + ": " + file + " has SHA-256 " + seen + ", expected " + sha256);
    }

    private static void awaitGone(Path file) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (Files.exists(file) && System.nanoTime() < until) {
            Receiver.sleep(200);
        }
        assertTrue(Files.notExists(file), "a removed plugin's jar is deleted from the directory: " + file);
    }

    /** Deletes a directory's contents, the directory's identity marker first. */
    private static void wipe(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.comparing(
                                    (Path p) -> !p.getFileName().toString().equals(".switchboard-directory"))
                            .thenComparing(Comparator.reverseOrder()))
                    .filter(p -> !p.equals(dir))
                    .forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
