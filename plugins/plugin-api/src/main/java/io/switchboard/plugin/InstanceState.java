package io.switchboard.plugin;

import java.util.Optional;

/**
 * Durable state one plugin instance keeps for itself across calls, restarts and servers: an
 * OAuth2 refresh token, a discovered API codebase, a cached signing key. Stored in the database
 * with the instance and deleted with it; a {@code secret} value is encrypted at rest like a
 * secret configuration value and never shown to anyone. Keys are at most 100 characters, values
 * at most 8,000. Writes are visible to the next call at once, on every server.
 *
 * @since 1.1
 */
public interface InstanceState {

    Optional<String> get(String key);

    void put(String key, String value, boolean secret);

    void remove(String key);
}
