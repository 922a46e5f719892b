package io.switchboard.application.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A port: the full-text index of tickets (summary, description, replies and internal notes,
 * requester and company names, number fragments). It follows every committed ticket change, and
 * a search first takes in the changes committed before it started, so a ticket just written is
 * found at once.
 */
public interface TicketSearch {

    /** The most that one search ranks; filters then narrow these. */
    int MAX_HITS = 1000;

    /** The best matches for {@code text}, best first, at most {@code limit}; none for blank text. */
    List<SearchHit> search(String text, int limit);

    /** The best passage of each of the given tickets for the same text; tickets it does not match are left out. */
    Map<Long, Highlight> highlight(String text, Collection<Long> ticketIds);

    SearchIndexStatus status();

    /** Reads every ticket again into the index, in the background; searches go on meanwhile. */
    void rebuild();
}
