package io.switchboard.domain.ticket;

import java.util.List;
import java.util.Optional;

public interface LinkRepository {

    TicketLink add(TicketLink link);

    Optional<TicketLink> find(long linkId);

    /** Links in either direction. */
    List<TicketLink> forTicket(long ticketId);

    /** Whether the two tickets are already linked, in either direction. */
    boolean linked(long a, long b);

    /** The parent of a ticket, if it is someone's child. */
    Optional<Long> parentOf(long childId);

    void remove(TicketLink link);
}
