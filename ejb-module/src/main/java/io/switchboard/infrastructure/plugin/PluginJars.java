package io.switchboard.infrastructure.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plugin jars on this server's disk: uploads as they arrive, and a copy of each jar in the
 * database, named by its SHA-256 and checked against it before use, so a server reads a jar's
 * bytes from the database once, not at every start.
 */
@ApplicationScoped
class PluginJars {

    private static final Logger LOG = Logger.getLogger(PluginJars.class.getName());

    @Inject
    PluginSettings settings;

    @Inject
    PluginRegistryStore store;

    /** Writes an upload to a private file, refusing it as soon as it passes the size limit. */
    Path receive(InputStream upload) throws PluginRuntime.InvalidUpload {
        Path part = incoming().resolve(".upload-" + UUID.randomUUID() + ".part");
        try {
            long size = Files.copy(upload, part);
            if (size > settings.maxJarBytes()) {
                deleteQuietly(part);
                throw new PluginRuntime.InvalidUpload(
                        "the jar has " + size + " bytes; plugins may have at most " + settings.maxJarBytes());
            }
            return part;
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("Cannot receive the jar into " + incoming(), e);
        }
    }

    byte[] read(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    /** Keeps a checked jar as the local copy of {@code sha256}, so loading it needs no database read. */
    void keep(Path jar, String sha256) {
        Path target = byDigest(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Path part = incoming().resolve(".keep-" + UUID.randomUUID() + ".part");
            Files.copy(jar, part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not keep a local copy of " + sha256 + "; it is read from the database", e);
        }
    }

    /** This server's copy of the plugin's jar, fetched from the database when missing or not what its digest says. */
    Path localCopy(String pluginId, String sha256) throws PluginLoader.LoadFailed {
        Path copy = byDigest(sha256);
        if (Files.isRegularFile(copy) && sha256.equals(digest(copy))) {
            return copy;
        }
        byte[] content = store.jar(sha256)
                .orElseThrow(() -> new PluginLoader.LoadFailed("the jar of " + pluginId
                        + " is not in the database (installed before jars were stored there): install it again"));
        String actual = digest(content);
        if (!sha256.equals(actual)) {
            throw new PluginLoader.LoadFailed("the jar stored for " + pluginId + " has SHA-256 " + actual + ", not "
                    + sha256 + ": install it again");
        }
        try {
            Path part = incoming().resolve(".fetch-" + UUID.randomUUID() + ".part");
            Files.write(part, content);
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new PluginLoader.LoadFailed(
                    "cannot write the jar of " + pluginId + " to " + copy + ": " + e.getMessage());
        }
    }

    private Path byDigest(String sha256) {
        return directory("by-sha256").resolve(sha256 + ".jar");
    }

    private Path incoming() {
        return directory("incoming");
    }

    private Path directory(String name) {
        Path dir = settings.cacheDirectory().resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        return dir;
    }

    static String digest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }
}
