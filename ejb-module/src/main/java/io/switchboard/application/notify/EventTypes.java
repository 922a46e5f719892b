package io.switchboard.application.notify;

import io.switchboard.domain.ticket.DomainEvent;
import java.util.List;

/** Every event type a subscriber can ask for: the ticket's domain events plus the derived ones. */
public final class EventTypes {

    public static final List<String> ALL = List.of(
            DomainEvent.CREATED,
            DomainEvent.UPDATED,
            DomainEvent.STATUS_CHANGED,
            DomainEvent.ASSIGNED,
            DomainEvent.PRIORITY_CHANGED,
            DomainEvent.REPLY_ADDED,
            DomainEvent.NOTE_ADDED,
            DomainEvent.TASK_CHANGED,
            DomainEvent.LINKED,
            DomainEvent.ATTACHMENT_ADDED,
            DomainEvent.DELETED,
            DomainEvent.RESTORED,
            DomainEvent.TIME_LOGGED,
            DomainEvent.TIME_CHANGED,
            DomainEvent.TIME_REMOVED,
            DomainEvent.MENTIONED,
            DomainEvent.SLA_WARNING,
            DomainEvent.SLA_BREACHED);

    /** The events people can ask to be notified about, in the order the preferences page lists them. */
    public static final List<String> PERSONAL = List.of(
            DomainEvent.CREATED,
            DomainEvent.ASSIGNED,
            DomainEvent.STATUS_CHANGED,
            DomainEvent.REPLY_ADDED,
            DomainEvent.NOTE_ADDED,
            DomainEvent.MENTIONED,
            DomainEvent.SLA_WARNING,
            DomainEvent.SLA_BREACHED);

    private EventTypes() {}

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
