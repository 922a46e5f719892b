package io.switchboard.plugin;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * What the host hands a plugin object: its identity, its configuration, a logger, the clock to
 * read time from, and a narrow gateway to tickets. No database, no container services.
 */
public interface PluginContext {

    /** The database id of the configured instance this object serves. */
    long instanceId();

    /** The admin's name for the instance, such as "Ops Slack". */
    String instanceName();

    PluginConfig config();

    /** A logger named after the plugin and instance. Never log secret values. */
    Logger logger();

    /** The clock to read the time from; tests substitute a fixed one. */
    Clock clock();

    /** Tickets, through the same rules as every other channel. */
    TicketGateway tickets();

    /** The absolute base URL of the portal, for links in messages ("https://desk.example.com"). */
    String portalUrl();

    /**
     * Durable state of this instance (tokens, cursors, discovered endpoints).
     *
     * @since 1.1
     */
    default InstanceState state() {
        throw new UnsupportedOperationException("this host offers no instance state (plugin API 1.0)");
    }

    /**
     * The SSRF guard every outbound connection must pass.
     *
     * @since 1.1
     */
    default OutboundGuard outbound() {
        throw new UnsupportedOperationException("this host offers no outbound guard (plugin API 1.0)");
    }

    /**
     * How long one ordinary call may take before the host abandons it; long calls (IMAP IDLE,
     * large pulls) have their own, longer limit.
     *
     * @since 1.1
     */
    default java.time.Duration callBudget() {
        return java.time.Duration.ofSeconds(10);
    }
}
