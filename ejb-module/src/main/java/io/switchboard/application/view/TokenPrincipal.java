package io.switchboard.application.view;

import java.time.Instant;
import java.util.Set;

/**
 * Who a valid API token speaks for, and the roles it may use at most (its scope). The caller's
 * effective roles are this scope intersected with the roles the account has now.
 */
public record TokenPrincipal(long tokenId, String username, Set<String> scope, Instant expiresAt) {

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
