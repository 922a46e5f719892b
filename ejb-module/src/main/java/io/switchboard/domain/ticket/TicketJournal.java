package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a ticket did since it was last stored: the history rows to write and the domain events to
 * publish, both drained by whoever stores it. Kept in memory only, beside the aggregate.
 */
final class TicketJournal {

    private record PendingEvent(String type, Actor actor, Instant at, Map<String, String> data) {}

    private final List<Change> changes = new ArrayList<>();
    private final List<PendingEvent> events = new ArrayList<>();

    void change(String field, String old, String now, Actor actor, Instant at) {
        changes.add(new Change(field, old, now, actor, at));
    }

    void event(String eventType, Actor actor, Instant at, Map<String, String> data) {
        events.add(new PendingEvent(eventType, actor, at, data));
    }

    boolean hasChanges() {
        return !changes.isEmpty();
    }

    boolean hasEvents() {
        return !events.isEmpty();
    }

    /** History rows for the changes since the last call. */
    List<TicketHistory> drainHistory(long ticketId) {
        List<TicketHistory> rows =
                changes.stream().map(c -> new TicketHistory(ticketId, c)).toList();
        changes.clear();
        return rows;
    }

    void discardEvents() {
        events.clear();
    }

    /** Domain events since the last call, several "updated" of one command folded into one. */
    List<DomainEvent> drainEvents(long ticketId, String number) {
        List<DomainEvent> drained = new ArrayList<>();
        Set<String> updatedFields = new TreeSet<>();
        PendingEvent lastUpdate = null;
        for (PendingEvent e : events) {
            if (e.type().equals(DomainEvent.UPDATED)) {
                updatedFields.add(e.data().get("field"));
                lastUpdate = e;
            } else {
                drained.add(new DomainEvent(e.type(), ticketId, number, e.at(), e.actor(), e.data()));
            }
        }
        if (lastUpdate != null) {
            drained.add(new DomainEvent(
                    DomainEvent.UPDATED,
                    ticketId,
                    number,
                    lastUpdate.at(),
                    lastUpdate.actor(),
                    Map.of("fields", String.join(",", updatedFields))));
        }
        events.clear();
        return drained;
    }
}
