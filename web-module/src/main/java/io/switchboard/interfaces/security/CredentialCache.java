package io.switchboard.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers successful credential checks for a minute. Password hashes are deliberately slow
 * (PBKDF2), so checking one per API call would cap the API at a few hundred calls a second.
 * Keys are SHA-256 digests: no password is held in memory longer than the request.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(CredentialValidationResult result, long expiresAtNanos) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CredentialValidationResult get(String kind, String credential) {
        Entry entry = entries.get(key(kind, credential));
        if (entry == null || entry.expiresAtNanos() < System.nanoTime()) {
            return null;
        }
        return entry.result();
    }

    public void put(String kind, String credential, CredentialValidationResult result) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> e.expiresAtNanos() < now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(kind, credential), new Entry(result, System.nanoTime() + TTL.toNanos()));
    }

    /** Forgets a credential at once, e.g. a token that was just revoked. */
    public void forget(String kind, String credential) {
        entries.remove(key(kind, credential));
    }

    public void forgetAll() {
        entries.clear();
    }

    private static String key(String kind, String credential) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return kind + ":" + HexFormat.of().formatHex(sha.digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
