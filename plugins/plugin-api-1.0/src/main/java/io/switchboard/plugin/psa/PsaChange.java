package io.switchboard.plugin.psa;

import io.switchboard.plugin.TicketSummary;
import java.util.Map;

/**
 * A local change to push, from the outbox: {@code eventId} is stable across retries,
 * {@code externalId} is null when the ticket is not in the PSA yet.
 */
public record PsaChange(String eventId, String type, TicketSummary ticket, String externalId, String remoteVersion,
        Map<String, String> fields) {

    public PsaChange {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
