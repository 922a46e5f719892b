package io.switchboard.plugin.testing;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.TicketGateway;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/** A plugin context for tests: fixed clock, in-memory tickets, a logger named after the test. */
public record TestPluginContext(long instanceId, String instanceName, PluginConfig config, Clock clock, InMemoryTicketGateway gateway)
        implements PluginContext {

    public static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");

    public static TestPluginContext of(PluginConfig config) {
        return new TestPluginContext(1, "test instance", config, Clock.fixed(NOW, ZoneOffset.UTC), new InMemoryTicketGateway());
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("plugin.test." + instanceName.replace(' ', '_'));
    }

    @Override
    public TicketGateway tickets() {
        return gateway;
    }

    @Override
    public String portalUrl() {
        return "https://desk.example.com";
    }
}
