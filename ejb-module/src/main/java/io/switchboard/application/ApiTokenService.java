package io.switchboard.application;

import io.switchboard.application.view.ApiTokenView;
import io.switchboard.application.view.TokenPrincipal;
import io.switchboard.domain.access.ApiToken;
import io.switchboard.domain.access.ApiTokenRepository;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens: created and revoked by their owner (or any admin), stored only as a hash.
 * A token's roles are a scope, never a grant: the authentication mechanism intersects them with
 * the account's roles at every request.
 */
@Stateless
public class ApiTokenService {

    public static final String PREFIX = "sbt_";
    private static final int MAX_TOKENS_PER_USER = 50;
    private static final int MAX_LISTED = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    Clock clock;

    public ApiTokenView create(String username, String name, Set<String> roles, Instant expiresAt) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 80) {
            throw new InvalidInputException("name", "must be 1 to 80 characters");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expiresAt", "must be in the future");
        }
        if (tokens.countLive(username) >= MAX_TOKENS_PER_USER) {
            throw new InvalidInputException(
                    "name", "you already have " + MAX_TOKENS_PER_USER + " tokens; revoke one first");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken entity = new ApiToken(username, label, hash(token), roles, now, expiresAt);
        tokens.add(entity);
        return view(entity, token);
    }

    public List<ApiTokenView> list(String username) {
        return tokens.of(username, true, MAX_LISTED).stream()
                .map(t -> view(t, null))
                .toList();
    }

    public ApiTokenView revoke(String username, long id) {
        ApiToken token = tokens.find(id)
                .filter(t -> t.username().equals(username))
                .orElseThrow(() -> new NotFoundException("Token", id));
        token.revoke(clock.instant());
        return view(token, null);
    }

    /** Every token, or one user's, newest first: what an admin reviews. */
    public List<ApiTokenView> listAll(String usernameOrNull, boolean includeRevoked) {
        return tokens.of(usernameOrNull, includeRevoked, MAX_LISTED).stream()
                .map(t -> view(t, null))
                .toList();
    }

    /** An admin revokes anyone's token. */
    public ApiTokenView revokeAny(long id) {
        ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException("Token", id));
        token.revoke(clock.instant());
        return view(token, null);
    }

    /** An admin revokes every live token of a user (for instance someone who left); returns how many. */
    public int revokeAllOf(String username) {
        Instant now = clock.instant();
        List<ApiToken> live = tokens.of(username, false, Integer.MAX_VALUE);
        live.forEach(t -> t.revoke(now));
        return live.size();
    }

    /** The principal of a presented token, if it is known, unrevoked and unexpired. */
    public Optional<TokenPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.byHash(hash(presented)).filter(t -> t.isUsable(now)).map(t -> {
            t.used(now);
            return new TokenPrincipal(t.id(), t.username(), t.roles(), t.expiresAt());
        });
    }

    public boolean isUsable(long tokenId) {
        return tokens.find(tokenId).filter(t -> t.isUsable(clock.instant())).isPresent();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static ApiTokenView view(ApiToken t, String token) {
        return new ApiTokenView(
                t.id(),
                t.username(),
                t.name(),
                t.roles(),
                t.createdAt(),
                t.lastUsedAt(),
                t.expiresAt(),
                t.revokedAt(),
                token);
    }
}
