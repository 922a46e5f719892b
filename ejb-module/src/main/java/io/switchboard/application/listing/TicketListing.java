package io.switchboard.application.listing;

import io.switchboard.application.command.TicketFilter.SortKey;
import java.util.List;

/**
 * Reads ticket lists: one index-ordered query over the ticket table alone. Every order ends with
 * the ticket id, so paging never repeats or skips a row.
 */
public interface TicketListing {

    /** The rows of one page, in list order. */
    List<TicketRow> rows(ListCriteria criteria, List<SortKey> sort, int offset, int max);

    /** The ids of one page in list order (from the index alone); {@code sort} null: in no particular order. */
    List<Long> ids(ListCriteria criteria, List<SortKey> sort, int offset, int max);

    /** The rows for these ids, in no particular order; deleted and missing tickets are left out. */
    List<TicketRow> rows(List<Long> ids);

    long count(ListCriteria criteria);
}
