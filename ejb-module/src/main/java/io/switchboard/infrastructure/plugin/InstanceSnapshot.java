package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.PluginConfig;

/** A configured instance as the runtime needs it for a call: identity, version, factory and decrypted config. */
public record InstanceSnapshot(
        long id, long version, String pluginId, PluginKind kind, String factoryId, String name, PluginConfig config) {

    public String key() {
        return "instance:" + id;
    }
}
