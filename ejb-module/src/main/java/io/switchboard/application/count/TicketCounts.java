package io.switchboard.application.count;

/** The running ticket counts, read without counting rows: the port behind dashboards and list totals. */
public interface TicketCounts {

    /** The counts as they stand now, consistent across cells. */
    TallySnapshot snapshot();
}
