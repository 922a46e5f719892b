package io.switchboard.plugin.testing;

import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.TicketGateway;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;

/**
 * A plugin context for tests: fixed clock, in-memory tickets and instance state, a logger named
 * after the test, and an outbound guard that resolves names but lets every address through (test
 * receivers and emulators listen on loopback; the host's real guard is tested in the host). Pass a
 * guard of your own to test how a plugin behaves when the guard refuses.
 */
public record TestPluginContext(
        long instanceId,
        String instanceName,
        PluginConfig config,
        Clock clock,
        InMemoryTicketGateway gateway,
        OutboundGuard outbound,
        InMemoryInstanceState state)
        implements PluginContext {

    public static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");

    /** Resolves once and allows any address; TLS is the JVM's default. */
    public static final OutboundGuard ALLOW_ALL = new OutboundGuard() {
        @Override
        public Target check(String host, int port) throws TargetRefused {
            try {
                return new Target(host, port, InetAddress.getAllByName(host)[0]);
            } catch (UnknownHostException e) {
                throw new TargetRefused("the host " + host + " does not resolve");
            }
        }

        @Override
        public SSLContext tls(Target target) {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    public TestPluginContext(
            long instanceId,
            String instanceName,
            PluginConfig config,
            Clock clock,
            InMemoryTicketGateway gateway,
            OutboundGuard outbound) {
        this(instanceId, instanceName, config, clock, gateway, outbound, new InMemoryInstanceState());
    }

    public static TestPluginContext of(PluginConfig config) {
        return of(config, ALLOW_ALL);
    }

    public static TestPluginContext of(PluginConfig config, OutboundGuard guard) {
        return new TestPluginContext(
                1, "test instance", config, Clock.fixed(NOW, ZoneOffset.UTC), new InMemoryTicketGateway(), guard);
    }

    /** The same with the system clock, for plugins that talk to live test servers. */
    public static TestPluginContext live(PluginConfig config) {
        return new TestPluginContext(
                1, "test instance", config, Clock.systemUTC(), new InMemoryTicketGateway(), ALLOW_ALL);
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
