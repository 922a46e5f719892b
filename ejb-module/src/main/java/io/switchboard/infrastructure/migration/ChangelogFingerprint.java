package io.switchboard.infrastructure.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SHA-256 over everything Liquibase would read: the master changelog, every file it includes,
 * in order, the contexts and Liquibase's own version. Any edited, added or removed changelog
 * (a new one must be included in the master, which changes it) gives another fingerprint.
 */
final class ChangelogFingerprint {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

    private ChangelogFingerprint() {}

    /** Empty when a changelog cannot be read: Liquibase then runs and reports it properly. */
    static Optional<String> of(String master, String contexts, String liquibaseVersion, ClassLoader loader) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] root = read(master, loader);
            if (root == null) {
                return Optional.empty();
            }
            add(sha, master, root);
            Matcher include = INCLUDE.matcher(new String(root, StandardCharsets.UTF_8));
            while (include.find()) {
                byte[] part = read(include.group(1), loader);
                if (part == null) {
                    return Optional.empty();
                }
                add(sha, include.group(1), part);
            }
            add(sha, "contexts", contexts.getBytes(StandardCharsets.UTF_8));
            add(sha, "liquibase", String.valueOf(liquibaseVersion).getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Name and length go in first, so that moving bytes from one file to the next changes the digest. */
    private static void add(MessageDigest sha, String name, byte[] content) {
        sha.update((name + "\0" + content.length + "\0").getBytes(StandardCharsets.UTF_8));
        sha.update(content);
    }

    private static byte[] read(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
