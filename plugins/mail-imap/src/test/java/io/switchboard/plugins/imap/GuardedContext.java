package io.switchboard.plugins.imap;

import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.TicketGateway;
import java.time.Clock;
import java.util.logging.Logger;

/** A test context with an outbound guard, as a plugin API 1.1 host gives. */
record GuardedContext(PluginContext base, OutboundGuard guard) implements PluginContext {

    @Override
    public long instanceId() {
        return base.instanceId();
    }

    @Override
    public String instanceName() {
        return base.instanceName();
    }

    @Override
    public PluginConfig config() {
        return base.config();
    }

    @Override
    public Logger logger() {
        return base.logger();
    }

    @Override
    public Clock clock() {
        return base.clock();
    }

    @Override
    public TicketGateway tickets() {
        return base.tickets();
    }

    @Override
    public String portalUrl() {
        return base.portalUrl();
    }

    @Override
    public OutboundGuard outbound() {
        return guard;
    }
}
