package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.TicketGateway;

/**
 * Where plugin contexts get their ticket gateway: one bound to the instance, so that what a plugin
 * changes is recorded in the ticket history as {@code plugin:<instance name>}.
 */
public interface TicketGatewayProvider {

    TicketGateway forInstance(PluginKind kind, String instanceName);
}
