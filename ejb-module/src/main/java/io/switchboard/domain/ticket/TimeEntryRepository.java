package io.switchboard.domain.ticket;

import java.util.List;
import java.util.Optional;

/** Time entries, always read through their ticket. */
public interface TimeEntryRepository {

    TimeEntry add(TimeEntry entry);

    Optional<TimeEntry> find(long ticketId, long entryId);

    /** Oldest first. */
    List<TimeEntry> forTicket(long ticketId);

    void remove(TimeEntry entry);
}
