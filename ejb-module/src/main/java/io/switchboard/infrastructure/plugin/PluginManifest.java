package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.PluginApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/** What a plugin jar says about itself, read without loading any of its classes. */
record PluginManifest(String id, String version, String apiVersion, String sha256) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** Path words of the plugins API that a plugin id must not shadow. */
    private static final Set<String> RESERVED = Set.of("instances", "deliveries", "audit", "diagnostics");

    /** Reads the manifest and the digest of a jar; the reason names what is wrong with it. */
    static PluginManifest read(Path jar) throws InvalidPluginJar {
        try (InputStream file = Files.newInputStream(jar);
                DigestInputStream digesting = new DigestInputStream(file, MessageDigest.getInstance("SHA-256"));
                JarInputStream in = new JarInputStream(digesting)) {
            Manifest manifest = in.getManifest();
            while (in.getNextJarEntry() != null) {
                // read to the end so that the digest covers the whole file
            }
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            String sha = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
            if (manifest == null) {
                throw new InvalidPluginJar("the jar has no META-INF/MANIFEST.MF");
            }
            Attributes main = manifest.getMainAttributes();
            String id = trim(main.getValue(PluginApi.HEADER_ID));
            String version = trim(main.getValue(PluginApi.HEADER_VERSION));
            String api = trim(main.getValue(PluginApi.HEADER_API_VERSION));
            if (id == null || !ID.matcher(id).matches()) {
                throw new InvalidPluginJar("the manifest header " + PluginApi.HEADER_ID
                        + " must be a lowercase id like 'notify-webhook' (letters, digits, '-'), found: " + id);
            }
            if (RESERVED.contains(id)) {
                throw new InvalidPluginJar("'" + id + "' is a reserved word and cannot be a plugin id");
            }
            if (version == null || version.length() > 40) {
                throw new InvalidPluginJar("the manifest header " + PluginApi.HEADER_VERSION + " is missing or longer than 40 characters");
            }
            return new PluginManifest(id, version, api, sha);
        } catch (IOException e) {
            throw new InvalidPluginJar("the file is not a readable jar: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Why this plugin cannot run on this host's SPI, or null. */
    String incompatibility() {
        return PluginApi.incompatibility(apiVersion);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A jar that cannot be a plugin; the message is for the admin. */
    static final class InvalidPluginJar extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidPluginJar(String message) {
            super(message, null, false, false);
        }
    }
}
