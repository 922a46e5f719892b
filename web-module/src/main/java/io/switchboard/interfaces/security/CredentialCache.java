package io.switchboard.interfaces.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.switchboard.application.view.TokenPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Remembers for a minute that a secret was right: which login a password belongs to, or which
 * token a bearer secret is. Password hashes are deliberately slow (PBKDF2), so checking one per API
 * call would cap the API at a few hundred calls a second. It never remembers roles or whether an
 * account is allowed in: {@link AccountCheck} asks that at every request, so a role or account
 * change needs no invalidation here. Keys are SHA-256 digests: no secret is held in memory longer
 * than the request.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final Cache<String, Object> entries;

    public CredentialCache() {
        this(Ticker.systemTicker());
    }

    /** A cache whose minute passes by {@code ticker}: tests move it instead of waiting. */
    CredentialCache(Ticker ticker) {
        entries = Caffeine.newBuilder()
                .expireAfterWrite(TTL)
                .maximumSize(MAX_ENTRIES)
                .ticker(ticker)
                .build();
    }

    /** The login whose password this {@code user:password} pair was. */
    public Optional<String> passwordOwner(String userColonPassword) {
        return find("basic", userColonPassword, String.class);
    }

    public void rememberPassword(String userColonPassword, String login) {
        entries.put(key("basic", userColonPassword), login);
    }

    public Optional<TokenPrincipal> token(String presented) {
        return find("token", presented, TokenPrincipal.class);
    }

    public void rememberToken(String presented, TokenPrincipal principal) {
        entries.put(key("token", presented), principal);
    }

    /** Forgets everything, e.g. after a token was revoked: its secret is not known here to forget it alone. */
    public void forgetAll() {
        entries.invalidateAll();
    }

    private <T> Optional<T> find(String kind, String secret, Class<T> type) {
        return Optional.ofNullable(entries.getIfPresent(key(kind, secret))).map(type::cast);
    }

    private static String key(String kind, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return kind + ":" + HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
