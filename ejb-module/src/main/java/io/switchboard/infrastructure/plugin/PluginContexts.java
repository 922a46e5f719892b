package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.TicketGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Builds the context a plugin object gets: its identity, config, a logger of its own, the clock and the ticket gateway. */
@ApplicationScoped
public class PluginContexts {

    @Inject
    Clock clock;

    @Inject
    TicketGatewayProvider tickets;

    @Inject
    PluginSettings settings;

    public PluginContext forInstance(InstanceSnapshot instance) {
        return new HostContext(instance.id(), instance.name(), instance.config(), loggerFor(instance.pluginId(), instance.name()), clock,
                tickets.forInstance(instance.kind(), instance.name()), settings.portalUrl());
    }

    /** A context for factory calls that precede an instance (validation, connection tests). */
    public PluginContext forDraft(String pluginId, String name, PluginConfig config) {
        return new HostContext(0, name, config, loggerFor(pluginId, name), clock, tickets.forInstance(PluginKind.NOTIFIER, name),
                settings.portalUrl());
    }

    private static Logger loggerFor(String pluginId, String instanceName) {
        return Logger.getLogger("io.switchboard.plugins." + pluginId + "." + instanceName.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private record HostContext(long instanceId, String instanceName, PluginConfig config, Logger logger, Clock clock,
            TicketGateway tickets, String portalUrl) implements PluginContext {}
}
