package io.switchboard.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The example third-party plugin as built by plugins/example-plugin (never part of the EAR or a
 * plugins directory), and copies of it under another Plugin-Id, so that every test installs a
 * plugin of its own and no test depends on another's leftovers.
 */
final class PluginJars {

    static final Path V1 = Path.of(System.getProperty(
            "switchboard.it.example-jar", "../plugins/example-plugin/target/example-plugin-1.0.0-SNAPSHOT.jar"));
    static final Path V2 = Path.of(System.getProperty(
            "switchboard.it.example-jar-v2", "../plugins/example-plugin/target/example-plugin-1.0.0-SNAPSHOT-v2.jar"));
    static final Path API2 = Path.of(System.getProperty(
            "switchboard.it.example-jar-api2",
            "../plugins/example-plugin/target/example-plugin-1.0.0-SNAPSHOT-api2.jar"));

    private PluginJars() {}

    static byte[] read(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("Build plugins/example-plugin first: " + jar.toAbsolutePath(), e);
        }
    }

    /** The jar with its manifest saying {@code Plugin-Id: id} and {@code Plugin-Version: version}. */
    static byte[] as(Path jar, String id, String version) {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Plugin-Id"), id);
            manifest.getMainAttributes().put(new Attributes.Name("Plugin-Version"), version);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plugin id no other test uses. */
    static String uniqueId(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
