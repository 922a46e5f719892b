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
}
