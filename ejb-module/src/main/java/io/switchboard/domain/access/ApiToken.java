package io.switchboard.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A personal API token. Only its SHA-256 is stored: the token itself is shown once, at creation.
 * Its roles are a scope: never more than its owner had at creation, and only those of them the
 * owner still has when it is used.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** last_used_at is a hint, not an audit: write it at most this often per token. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, updatable = false, length = 80)
    private String username;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, updatable = false, length = 200)
    private String roles;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    public ApiToken(
            String username, String name, String tokenHash, Set<String> roles, Instant createdAt, Instant expiresAt) {
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Records a use; returns whether that changed the row. */
    public boolean used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(USE_RESOLUTION).isBefore(now)) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Set<String> roles() {
        return roles.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
