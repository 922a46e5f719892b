package io.switchboard.infrastructure.plugin;

import io.switchboard.application.plugin.InstanceSettings;
import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.PluginConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads and writes an instance's stored settings: plain values as JSON, secret ones sealed by the {@link SecretBox}. */
@ApplicationScoped
public class InstanceConfigCodec implements InstanceSettings {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    SecretBox secrets;

    @Override
    public Map<String, String> plain(PluginInstance instance) {
        return read(instance.config());
    }

    @Override
    public Set<String> secretNames(PluginInstance instance) {
        return new TreeSet<>(read(instance.secrets()).keySet());
    }

    /** Stores the given values, sealing those the factory declared secret. */
    @Override
    public void write(PluginInstance instance, Map<String, String> plainValues, Map<String, String> secretValues) {
        JsonObjectBuilder sealed = JSON.createObjectBuilder();
        new TreeMap<>(secretValues).forEach((name, value) -> sealed.add(name, secrets.seal(name, value)));
        instance.configure(write(plainValues), sealed.build().toString());
    }

    /** The secret values in the clear, for merging an update; never leaves the host. */
    @Override
    public Map<String, String> openSecrets(PluginInstance instance) {
        Map<String, String> open = new TreeMap<>();
        read(instance.secrets())
                .forEach((name, value) -> secrets.open(name, value).ifPresent(v -> open.put(name, v)));
        return open;
    }

    /** What the plugin object gets: defaults, then stored plain values, then decrypted secrets. */
    @Override
    public PluginConfig effective(PluginInstance instance, List<ConfigProperty> properties) {
        Map<String, String> values = new LinkedHashMap<>();
        properties.stream().filter(p -> p.defaultValue() != null).forEach(p -> values.put(p.name(), p.defaultValue()));
        values.putAll(plain(instance));
        values.putAll(openSecrets(instance));
        return PluginConfig.of(values);
    }

    private static String write(Map<String, String> values) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        new TreeMap<>(values).forEach(b::add);
        return b.build().toString();
    }

    private static Map<String, String> read(String json) {
        Map<String, String> out = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        o.forEach((k, v) -> {
            if (v instanceof JsonString s) {
                out.put(k, s.getString());
            }
        });
        return out;
    }
}
