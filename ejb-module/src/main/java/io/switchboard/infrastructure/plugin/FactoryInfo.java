package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.ConfigProperty;
import java.util.List;

/**
 * What a factory said about itself when its plugin was loaded, copied into JDK and SPI types so
 * that keeping it does not keep the plugin's class loader alive.
 */
public record FactoryInfo(
        PluginKind kind,
        String id,
        String displayName,
        String description,
        List<ConfigProperty> properties,
        String channel) {

    public FactoryInfo {
        properties = List.copyOf(properties);
    }
}
