package io.switchboard.application;

import io.switchboard.domain.shared.Origin;
import io.switchboard.plugin.TicketGateway;

/**
 * Where plugin contexts get their ticket gateway: one bound to the instance, so that what a plugin
 * changes is recorded in the ticket history as {@code plugin:<instance name>}, through the channel
 * its kind stands for (a mail source's changes came by email, a PSA's from the PSA).
 */
public interface TicketGatewayProvider {

    TicketGateway forInstance(Origin channel, String instanceName);
}
