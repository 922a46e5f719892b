package io.switchboard.application.plugin;

import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.PluginConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The port to an instance's stored settings: plain values, and secret ones sealed at rest. */
public interface InstanceSettings {

    Map<String, String> plain(PluginInstance instance);

    /** The names of the stored secrets, never their values. */
    Set<String> secretNames(PluginInstance instance);

    /** The secrets in the clear, for merging an update; they never leave the host. */
    Map<String, String> openSecrets(PluginInstance instance);

    /** Stores the values, sealing the secret ones. */
    void write(PluginInstance instance, Map<String, String> plainValues, Map<String, String> secretValues);

    /** What the plugin object gets: defaults, then stored plain values, then the opened secrets. */
    PluginConfig effective(PluginInstance instance, List<ConfigProperty> properties);
}
