package io.switchboard.application.plugin;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The port to the plugin host: what it runs, installing and switching plugins, and the few calls
 * into plugin code that administration needs. Every call into a plugin is contained by the host
 * (timeout, bulkhead, circuit); a failure arrives as {@link PluginUnreachable}.
 */
public interface PluginHost {

    List<HostedPlugin> plugins();

    Optional<HostedPlugin> plugin(String id);

    /** Installs or upgrades from a jar; a jar the host refuses is an {@code UnprocessableException}. */
    Installed install(InputStream jar, String actor);

    /** False when no plugin has that id. */
    boolean remove(String id, String actor);

    boolean enable(String id, String actor);

    boolean disable(String id, String actor);

    /** Forgets the object and circuit of an instance that was reconfigured or deleted. */
    void dropInstance(String pluginId, long instanceId);

    Circuit circuit(long instanceId);

    Retention retention();

    /** The factory's own objections to a configuration, asked of the plugin's current version. */
    List<ConfigProblem> problems(HostedFactory factory, PluginConfig config) throws PluginUnreachable;

    /** The factory's test of a saved instance's configuration against the outside world. */
    ConnectionCheck testConnection(HostedFactory factory, long instanceId, String instanceName, PluginConfig config)
            throws PluginUnreachable;

    record Installed(HostedPlugin plugin, String previousVersion) {}

    /** An instance's circuit: {@code closed}, {@code open} or {@code half-open}, with the failure that opened it. */
    record Circuit(String state, String lastFailure) {

        public boolean closed() {
            return "closed".equals(state);
        }
    }

    /** Class loaders of running and replaced plugin versions, and calls the host gave up on. */
    record Retention(int active, int retiredLoaders, int retainedLoaders, int abandonedCalls) {}
}
