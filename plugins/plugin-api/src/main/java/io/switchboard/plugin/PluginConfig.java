package io.switchboard.plugin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of one plugin instance: every property of {@link PluginFactory#configProperties()}
 * with its value or default, secrets already decrypted. Immutable; {@code toString()} never
 * shows values, so a stray log line cannot leak a secret.
 */
public final class PluginConfig {

    private final Map<String, String> values;

    private PluginConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static PluginConfig of(Map<String, String> values) {
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return new PluginConfig(copy);
    }

    public static PluginConfig empty() {
        return new PluginConfig(Map.of());
    }

    public Optional<String> get(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public String string(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    /** A value the host has checked to be present (a required property). */
    public String required(String name) {
        return get(name).orElseThrow(() -> new IllegalStateException("No value for required property " + name));
    }

    public int integer(String name, int defaultValue) {
        return get(name).map(String::trim).map(Integer::parseInt).orElse(defaultValue);
    }

    public boolean bool(String name, boolean defaultValue) {
        return get(name).map(String::trim).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** A list written one entry per line or separated by commas; blank entries dropped. */
    public List<String> list(String name) {
        return get(name)
                .map(v -> Arrays.stream(v.split("[,\\n]"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "PluginConfig" + values.keySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginConfig other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
