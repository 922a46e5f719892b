package io.switchboard.domain.ticket;

import java.util.List;
import java.util.Optional;

public interface TaskRepository {

    TicketTask add(TicketTask task);

    Optional<TicketTask> find(long ticketId, long taskId);

    List<TicketTask> forTicket(long ticketId);

    /** Where the next task goes in the ticket's checklist. */
    int nextPosition(long ticketId);

    void remove(TicketTask task);

    /** Writes pending changes now, so that a view made next carries the new versions. */
    void flush();
}
