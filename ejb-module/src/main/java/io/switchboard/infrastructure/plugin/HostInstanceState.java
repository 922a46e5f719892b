package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.InstanceState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link InstanceState} one plugin object gets: bound to its own instance, checked here so
 * that a plugin's mistake is an {@link IllegalArgumentException} in the plugin's own call, and
 * stored through {@link InstanceStateStore}.
 */
final class HostInstanceState implements InstanceState {

    static final int MAX_KEY_LENGTH = 100;
    static final int MAX_VALUE_LENGTH = 8_000;

    private final long instanceId;
    private final InstanceStateStore store;
    private final Map<String, String> draft;

    HostInstanceState(long instanceId, InstanceStateStore store) {
        this.instanceId = instanceId;
        this.store = store;
        this.draft = null;
    }

    private HostInstanceState() {
        this.instanceId = 0;
        this.store = null;
        this.draft = new ConcurrentHashMap<>();
    }

    /** For a factory call on an instance not saved yet (validation, a connection test): kept for that call only. */
    static HostInstanceState forDraft() {
        return new HostInstanceState();
    }

    @Override
    public Optional<String> get(String key) {
        checked(key);
        return draft != null ? Optional.ofNullable(draft.get(key)) : store.get(instanceId, key);
    }

    @Override
    public void put(String key, String value, boolean secret) {
        checked(key);
        if (value == null) {
            throw new IllegalArgumentException("an instance state value cannot be null; remove the key instead");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("the value of instance state key '" + key + "' has " + value.length()
                    + " characters; at most " + MAX_VALUE_LENGTH + " are kept");
        }
        if (draft != null) {
            draft.put(key, value);
        } else if (!store.put(instanceId, key, value, secret)) {
            throw new IllegalStateException("this instance already keeps " + InstanceStateStore.MAX_KEYS
                    + " state keys, the most it may; remove some first");
        }
    }

    @Override
    public void remove(String key) {
        checked(key);
        if (draft != null) {
            draft.remove(key);
        } else {
            store.remove(instanceId, key);
        }
    }

    private static String checked(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "an instance state key is 1 to " + MAX_KEY_LENGTH + " characters, not blank: " + key);
        }
        return key;
    }

    @Override
    public String toString() {
        return "InstanceState of instance " + instanceId; // never the values
    }
}
