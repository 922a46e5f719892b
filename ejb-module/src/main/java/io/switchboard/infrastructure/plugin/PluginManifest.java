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
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/** What a plugin jar says about itself, read without loading any of its classes. */
record PluginManifest(String id, String version, String apiVersion, String sha256) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** Path words of the plugins API that a plugin id must not shadow. */
    private static final Set<String> RESERVED = Set.of("instances", "deliveries", "audit", "diagnostics");

    /** Reads the manifest and the digest of a jar; the reason names what the file is and what is wrong with it. */
    static PluginManifest read(Path jar) throws InvalidPluginJar {
        Manifest manifest;
        try {
            String notAZip = UploadKind.notAZipArchive(jar);
            if (notAZip != null) {
                throw new InvalidPluginJar(notAZip);
            }
            // JarFile reads the central directory: it finds the manifest wherever the archive keeps it
            try (JarFile file = new JarFile(jar.toFile(), false)) {
                manifest = file.getManifest();
            }
        } catch (ZipException e) {
            throw new InvalidPluginJar("a damaged zip archive (" + e.getMessage() + "), not a usable jar");
        } catch (IOException e) {
            throw new InvalidPluginJar("the file cannot be read as a jar: " + e.getMessage());
        }
        if (manifest == null) {
            throw new InvalidPluginJar("a zip archive without META-INF/MANIFEST.MF, so not a plugin jar: a plugin's"
                    + " manifest declares " + PluginApi.HEADER_ID + ", " + PluginApi.HEADER_VERSION + " and "
                    + PluginApi.HEADER_API_VERSION);
        }
        Attributes main = manifest.getMainAttributes();
        String id = trim(main.getValue(PluginApi.HEADER_ID));
        String version = trim(main.getValue(PluginApi.HEADER_VERSION));
        String api = trim(main.getValue(PluginApi.HEADER_API_VERSION));
        if (id == null) {
            throw new InvalidPluginJar("a jar whose manifest has no " + PluginApi.HEADER_ID
                    + " header, so not a Switchboard plugin (or one built without the plugin manifest entries)");
        }
        if (!ID.matcher(id).matches()) {
            throw new InvalidPluginJar("the manifest header " + PluginApi.HEADER_ID
                    + " must be a lowercase id like 'notify-webhook' (letters, digits, '-'), found: " + id);
        }
        if (RESERVED.contains(id)) {
            throw new InvalidPluginJar("'" + id + "' is a reserved word and cannot be a plugin id");
        }
        if (version == null || version.length() > 40) {
            throw new InvalidPluginJar(
                    "the manifest header " + PluginApi.HEADER_VERSION + " is missing or longer than 40 characters");
        }
        return new PluginManifest(id, version, api, sha256(jar));
    }

    /** The hex SHA-256 of a file. */
    static String sha256(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + file, e);
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
