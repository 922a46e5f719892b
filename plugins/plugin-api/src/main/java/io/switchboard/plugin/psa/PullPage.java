package io.switchboard.plugin.psa;

import java.util.List;

/**
 * One page of a pull, oldest change first; {@code next} is null on the last page.
 * {@code deletedIds} are remote tickets known to be gone (a provider that cannot tell leaves it
 * empty); {@code total} is the number of matching tickets when the PSA says (-1 otherwise), for
 * the sync log's progress bar.
 *
 * @since 1.1
 */
public record PullPage(List<PsaTicket> tickets, List<String> deletedIds, PullCursor next, long total) {

    public PullPage {
        tickets = List.copyOf(tickets);
        deletedIds = deletedIds == null ? List.of() : List.copyOf(deletedIds);
    }
}
