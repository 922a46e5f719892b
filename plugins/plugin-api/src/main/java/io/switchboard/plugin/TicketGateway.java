package io.switchboard.plugin;

import java.util.Optional;

/**
 * The narrow door from a plugin into tickets. Every call goes through the core's lifecycle
 * services in a transaction of its own, so workflow, SLA, history and events hold as they do for
 * the portal and the API. Changes are attributed to the plugin instance.
 */
public interface TicketGateway {

    /** Opens a ticket; with an external reference, the ticket remembers where it came from. */
    TicketSummary create(TicketRequest request);

    /** Adds a reply (public) or a note (internal) to the ticket with this number. */
    void addComment(String ticketNumber, CommentRequest comment);

    /** A live ticket by its number, such as {@code TKT-000123}. */
    Optional<TicketSummary> findByNumber(String ticketNumber);

    /** The ticket linked to an id in an outside system (a PSA ticket id). */
    Optional<TicketSummary> findByExternalRef(String provider, String externalId);

    /**
     * A file sent with a reply or note of the ticket with this number, by the id a notification
     * lists in {@link io.switchboard.plugin.notify.Notification#files()}; empty for a file of
     * another ticket, or one on the ticket alone, sent with no comment.
     *
     * @since 1.1
     */
    default Optional<TicketFile> file(String ticketNumber, long fileId) {
        return Optional.empty();
    }
}
