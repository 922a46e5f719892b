package io.switchboard.infrastructure.plugin;

import io.switchboard.application.TicketGatewayProvider;
import io.switchboard.infrastructure.outbound.OutboundGuards;
import io.switchboard.plugin.InstanceState;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.TicketGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Builds the context a plugin object gets: its identity, config, a logger of its own, the clock,
 * the ticket gateway, the SSRF guard and its own durable state. Built during a plugin call (the
 * plugin's loader is then the thread's context loader), it reaches the plugin as a {@link
 * SpiFacade}: the SPI interface, not this class's record.
 */
@ApplicationScoped
public class PluginContexts {

    @Inject
    Clock clock;

    @Inject
    TicketGatewayProvider tickets;

    @Inject
    PluginSettings settings;

    @Inject
    OutboundGuards guards;

    @Inject
    InstanceStateStore states;

    public PluginContext forInstance(InstanceSnapshot instance) {
        return SpiFacade.forCurrentPlugin(
                PluginContext.class,
                new HostContext(
                        instance.id(),
                        instance.name(),
                        instance.config(),
                        loggerFor(instance.pluginId(), instance.name()),
                        clock,
                        tickets.forInstance(instance.kind().channel(), instance.name()),
                        settings.portalUrl(),
                        guards.forConfig(instance.config()),
                        new HostInstanceState(instance.id(), states)));
    }

    /** A context for factory calls that precede an instance (validation, connection tests). */
    public PluginContext forDraft(String pluginId, String name, PluginConfig config) {
        return SpiFacade.forCurrentPlugin(
                PluginContext.class,
                new HostContext(
                        0,
                        name,
                        config,
                        loggerFor(pluginId, name),
                        clock,
                        tickets.forInstance(PluginKind.NOTIFIER.channel(), name),
                        settings.portalUrl(),
                        guards.forConfig(config),
                        HostInstanceState.forDraft()));
    }

    /** A context for a factory call about a saved instance (its connection test): its own id and state. */
    public PluginContext forSaved(String pluginId, long instanceId, String name, PluginConfig config) {
        return SpiFacade.forCurrentPlugin(
                PluginContext.class,
                new HostContext(
                        instanceId,
                        name,
                        config,
                        loggerFor(pluginId, name),
                        clock,
                        tickets.forInstance(PluginKind.NOTIFIER.channel(), name),
                        settings.portalUrl(),
                        guards.forConfig(config),
                        new HostInstanceState(instanceId, states)));
    }

    private static Logger loggerFor(String pluginId, String instanceName) {
        return Logger.getLogger(
                "io.switchboard.plugins." + pluginId + "." + instanceName.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private record HostContext(
            long instanceId,
            String instanceName,
            PluginConfig config,
            Logger logger,
            Clock clock,
            TicketGateway tickets,
            String portalUrl,
            OutboundGuard outbound,
            InstanceState state)
            implements PluginContext {}
}
