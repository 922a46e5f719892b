package io.switchboard.plugin;

import java.util.Objects;

/**
 * A new ticket from a plugin. Priority ({@code critical}, {@code high}, {@code medium},
 * {@code low}) and type ({@code incident}, {@code service_request}, {@code problem},
 * {@code change}) are optional; an unknown requester email is left off.
 */
public record TicketRequest(
        String summary,
        String description,
        String priority,
        String type,
        String requesterEmail,
        String externalProvider,
        String externalId) {

    public TicketRequest {
        Objects.requireNonNull(summary, "summary");
    }

    public static TicketRequest of(String summary, String description) {
        return new TicketRequest(summary, description, null, null, null, null, null);
    }
}
