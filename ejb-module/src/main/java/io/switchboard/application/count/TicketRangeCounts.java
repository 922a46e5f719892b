package io.switchboard.application.count;

import io.switchboard.application.command.TicketFilter.Assigned;
import java.time.Instant;

/**
 * The counts the tally cannot keep because time moves them: each one a count over an index range,
 * optionally within one board and one assignment scope ({@code boardId} null for every board).
 */
public interface TicketRangeCounts {

    /** Live tickets whose SLA deadline is before {@code at}. */
    long overdue(Instant at, Long boardId, Assigned assigned);

    /** Tickets, not deleted, resolved at or after {@code since}. */
    long resolvedSince(Instant since, Long boardId, Assigned assigned);

    /** Tickets created in [{@code from}, {@code to}), deleted ones included. */
    long createdBetween(Instant from, Instant to, Long boardId, Assigned assigned);

    /** Tickets resolved in [{@code from}, {@code to}), deleted ones included. */
    long resolvedBetween(Instant from, Instant to, Long boardId, Assigned assigned);
}
