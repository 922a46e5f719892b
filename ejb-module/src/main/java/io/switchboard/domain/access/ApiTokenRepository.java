package io.switchboard.domain.access;

import java.util.List;
import java.util.Optional;

/** Stored API tokens, by their hash; a token itself is never stored. */
public interface ApiTokenRepository {

    /** Stores a new token and gives it its id. */
    void add(ApiToken token);

    Optional<ApiToken> find(long id);

    Optional<ApiToken> byHash(String tokenHash);

    /** Newest first; all users' when {@code usernameOrNull} is null, revoked ones only when asked. */
    List<ApiToken> of(String usernameOrNull, boolean includeRevoked, int max);

    long countLive(String username);
}
