package io.switchboard.application.listing;

import io.switchboard.application.command.TicketFilter;
import io.switchboard.domain.ticket.QueueState;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * A list filter with its statuses resolved to ids and the queue states those imply, as of
 * {@code now} (for "overdue"); {@code among}, when not null, keeps only those tickets (the text
 * search's matches).
 */
public record ListCriteria(
        TicketFilter filter, Set<Long> statusIds, Set<QueueState> statusStates, Instant now, Set<Long> among) {

    public ListCriteria {
        statusIds = Set.copyOf(statusIds);
        statusStates = Set.copyOf(statusStates);
        among = among == null ? null : Set.copyOf(among);
    }

    public ListCriteria among(Collection<Long> ids) {
        return new ListCriteria(filter, statusIds, statusStates, now, Set.copyOf(ids));
    }
}
