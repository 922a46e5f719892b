package io.switchboard.application.notify;

import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.plugin.notify.Notification;
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
            Notification.MENTIONED,
            Notification.SLA_WARNING,
            Notification.SLA_BREACHED);

    private EventTypes() {}

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
