package io.switchboard.infrastructure.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts plugin secrets at rest with AES-256-GCM under a key that never enters the database:
 * the environment variable {@code SWITCHBOARD_SECRETS_KEY} (base64 of 32 bytes), or else the key
 * file {@code switchboard.secrets.key-file} (default
 * {@code ${server.config.dir}/resources/security/switchboard-secrets.key}), created with owner-only
 * permissions on first start. Each value is bound to its property name, so ciphertexts cannot be
 * swapped between fields. Losing the key loses the secrets (they must be typed again), nothing else.
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "switchboard.secrets.key")
    Optional<String> keyFromEnvironment;

    @Inject
    @ConfigProperty(name = "switchboard.secrets.key-file", defaultValue = "resources/security/switchboard-secrets.key")
    String keyFile;

    private SecretKey key;

    @PostConstruct
    void init() {
        byte[] raw = keyFromEnvironment
                .filter(s -> !s.isBlank())
                .map(SecretBox::decodeKey)
                .orElseGet(this::keyFromFile);
        key = new SecretKeySpec(raw, "AES");
    }

    /** A key for {@code purpose} derived from the secrets key (HMAC-SHA256), so no second key needs managing. */
    public byte[] derive(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(("switchboard:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is in every JVM", e);
        }
    }

    public String seal(String property, String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(property.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain value, or empty when it was sealed under another key or tampered with. */
    public Optional<String> open(String property, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(property.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.warning(() -> "A stored secret for property '" + property
                    + "' cannot be opened with the current key; it must be entered again");
            return Optional.empty();
        }
    }

    private byte[] keyFromFile() {
        Path path = Path.of(keyFile);
        try {
            if (Files.exists(path)) {
                return decodeKey(
                        Files.readString(path, StandardCharsets.US_ASCII).trim());
            }
            Files.createDirectories(path.toAbsolutePath().getParent());
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Files.writeString(
                    path,
                    Base64.getEncoder().encodeToString(fresh) + "\n",
                    StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the directory's own permissions protect it
            }
            LOG.warning(
                    () -> "Created a new key for plugin secrets at " + path.toAbsolutePath()
                            + ". Back it up with the database, or set SWITCHBOARD_SECRETS_KEY; without it, stored secrets cannot be read.");
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key file " + path.toAbsolutePath(), e);
        }
    }

    private static byte[] decodeKey(String base64) {
        byte[] raw = Base64.getDecoder().decode(base64.trim());
        if (raw.length != 32) {
            throw new IllegalStateException("The secrets key must be 32 bytes (base64), it has " + raw.length);
        }
        return raw;
    }
}
