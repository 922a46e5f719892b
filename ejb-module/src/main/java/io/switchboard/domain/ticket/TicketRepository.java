package io.switchboard.domain.ticket;

import java.util.List;
import java.util.Optional;

/** Storage of the ticket aggregate. Mutations start with {@link #lock} and end with {@link #store}. */
public interface TicketRepository {

    /** Stores a new ticket, giving it its id and number. */
    Ticket add(Ticket ticket);

    /** Stores many new tickets at once, written in batches rather than one by one. */
    void addAll(List<Ticket> batch);

    /** A live (not deleted) ticket, for reading. */
    Optional<Ticket> find(long id);

    /** The live ticket linked to this record of an external system (a PSA ticket, say). */
    Optional<Ticket> findByExternalRef(String provider, String externalId);

    /** A live ticket, locked for this transaction so that concurrent changes queue up instead of being lost. */
    Ticket lock(long id);

    /** Like {@link #lock}, but also finds a deleted ticket (to restore it). */
    Ticket lockIncludingDeleted(long id);

    /** Deleted tickets, most recently deleted first, for a supervisor to restore. */
    List<Ticket> deleted(int first, int max);

    /** Writes what the aggregate recorded since it was loaded: history, outbox events, count deltas. */
    void store(Ticket ticket);
}
