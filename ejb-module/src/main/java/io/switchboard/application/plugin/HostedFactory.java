package io.switchboard.application.plugin;

import io.switchboard.plugin.ConfigProperty;
import java.util.List;

/** A factory of a loaded plugin, as it described itself: its kind's key, its settings and its channel. */
public record HostedFactory(
        String pluginId,
        String kind,
        String id,
        String displayName,
        String description,
        List<ConfigProperty> properties,
        String channel) {

    public HostedFactory {
        properties = List.copyOf(properties);
    }

    /** How admins and error messages name it: {@code kind/id}. */
    public String label() {
        return kind + "/" + id;
    }
}
