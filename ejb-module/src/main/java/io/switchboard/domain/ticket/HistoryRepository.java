package io.switchboard.domain.ticket;

import java.util.List;

/** Reads the audit trail. There is no way to change it. */
public interface HistoryRepository {

    /** Oldest first. */
    List<TicketHistory> forTicket(long ticketId, int first, int max);

    long countForTicket(long ticketId);
}
