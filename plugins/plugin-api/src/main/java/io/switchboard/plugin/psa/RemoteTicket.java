package io.switchboard.plugin.psa;

import java.time.Instant;
import java.util.Map;

/** A ticket as the PSA has it, in the provider's own terms (mapped to ours by the connection's mapping).  @deprecated since 1.1: superseded by the typed records of this package. */
@Deprecated(since = "1.1")
public record RemoteTicket(
        String externalId,
        String remoteVersion,
        Instant updatedAt,
        String summary,
        String description,
        String status,
        String priority,
        String board,
        String company,
        String contactEmail,
        String assignee,
        Map<String, String> extra) {

    public RemoteTicket {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
