package io.switchboard.application.view;

import java.time.Instant;
import java.util.Set;

/** A token as listed: never the secret. {@code token} is set only in the answer to its creation. */
public record ApiTokenView(
        long id,
        String username,
        String name,
        Set<String> roles,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        Instant revokedAt,
        String token) {}
