package io.switchboard.application.psa;

import io.switchboard.domain.ticket.HistoryRepository;
import io.switchboard.domain.ticket.TicketHistory;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The fields a person changed on a ticket after a moment, from its history: what a pull must not
 * overwrite with an older remote state while the push of that change is still on its way.
 */
final class LocalEdits {

    /** Only the recent end of the history is read: a pull is about the last minutes, not the ticket's life. */
    private static final int RECENT = 200;

    private LocalEdits() {}

    /** When a person last changed {@code field} here (null: not in the recent history). */
    static Instant lastChange(HistoryRepository history, long ticketId, String field) {
        long count = history.countForTicket(ticketId);
        Instant last = null;
        for (TicketHistory h : history.forTicket(ticketId, (int) Math.max(0, count - RECENT), RECENT)) {
            if (field.equals(h.field())
                    && h.at() != null
                    && (h.actor() == null || !h.actor().startsWith(PsaIntake.ACTOR_PREFIX))
                    && (last == null || h.at().isAfter(last))) {
                last = h.at();
            }
        }
        return last;
    }

    static Set<String> since(HistoryRepository history, long ticketId, Instant since) {
        long count = history.countForTicket(ticketId);
        Set<String> fields = new HashSet<>();
        for (TicketHistory h : history.forTicket(ticketId, (int) Math.max(0, count - RECENT), RECENT)) {
            if (h.at() != null
                    && h.at().isAfter(since)
                    && (h.actor() == null || !h.actor().startsWith(PsaIntake.ACTOR_PREFIX))) {
                fields.add(h.field());
            }
        }
        return fields;
    }
}
