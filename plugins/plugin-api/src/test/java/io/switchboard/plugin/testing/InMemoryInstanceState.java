package io.switchboard.plugin.testing;

import io.switchboard.plugin.InstanceState;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instance state for tests, with the host's limits (keys of 1 to 100 characters, values up to
 * 8,000, no nulls), so that a plugin that passes here is not refused by the server.
 */
public final class InMemoryInstanceState implements InstanceState {

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Set<String> secret = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(checked(key)));
    }

    @Override
    public void put(String key, String value, boolean isSecret) {
        checked(key);
        if (value == null || value.length() > 8_000) {
            throw new IllegalArgumentException("an instance state value is 0 to 8,000 characters, not null");
        }
        values.put(key, value);
        if (isSecret) {
            secret.add(key);
        } else {
            secret.remove(key);
        }
    }

    @Override
    public void remove(String key) {
        values.remove(checked(key));
        secret.remove(key);
    }

    /** Whether the value under {@code key} was stored as a secret. */
    public boolean isSecret(String key) {
        return secret.contains(key);
    }

    public Map<String, String> snapshot() {
        return Map.copyOf(values);
    }

    private static String checked(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("an instance state key is 1 to 100 characters, not blank: " + key);
        }
        return key;
    }
}
