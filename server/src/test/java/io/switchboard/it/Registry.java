package io.switchboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The IT server's file registry (users-it.xml, which REGISTRY=users-it names there), edited as an admin would: each edit returns once the
 * server has read it, and the registry answers with the new users and groups. {@link #restore}
 * puts the demo file back.
 */
final class Registry implements AutoCloseable {

    private final Path file = Path.of(
            System.getProperty("switchboard.it.wlp"),
            "usr/servers",
            System.getProperty("switchboard.it.server"),
            "users-it.xml");
    private final String original;

    Registry() {
        try {
            original = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo registry plus one user with a plain-text password in the given groups. */
    void withUser(String name, String password, String... groups) {
        String registry = original.replace(
                "</basicRegistry>",
                "  <user name=\"" + name + "\" password=\"" + password + "\"/>\n  </basicRegistry>");
        for (String group : groups) {
            registry = registry.replace(
                    "<group name=\"" + group + "\">",
                    "<group name=\"" + group + "\">\n      <member name=\"" + name + "\"/>");
        }
        write(registry);
    }

    /** Another registry altogether in the file's place (as an admin would switch to a directory). */
    void replaceWith(String content) {
        write(content);
    }

    void restore() {
        write(original);
    }

    @Override
    public void close() {
        restore();
    }

    /** Writes the registry and waits until the server says its configuration was updated. */
    private void write(String content) {
        ServerLog log = ServerLog.mark();
        try {
            Path tmp = file.resolveSibling("users-it.xml.tmp");
            Files.writeString(tmp, content);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Waiting for the server rather than polling with a login: a login tried before the update
        // is a failed sign-in, and enough of those from 127.0.0.1 would throttle the whole suite.
        await(
                () -> log.sinceMark().contains("CWWKG0017I") || log.sinceMark().contains("CWWKG0018I"),
                "the server read the new users-it.xml");
    }

    static void await(BooleanSupplier condition, String what) {
        await(condition, what, Duration.ofSeconds(60));
    }

    static void await(BooleanSupplier condition, String what, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within " + patience.toSeconds() + " s: " + what);
    }
}
