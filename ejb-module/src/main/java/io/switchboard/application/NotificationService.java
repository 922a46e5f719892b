package io.switchboard.application;

import io.switchboard.application.notify.Addressee;
import io.switchboard.application.notify.EventNotice;
import io.switchboard.application.view.NotificationView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.notification.Notification;
import io.switchboard.domain.notification.NotificationRepository;
import io.switchboard.domain.notification.TicketEventNotice;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.domain.workflow.WorkflowRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A user's in-app notifications. Every method works on the caller's own notifications only. */
@Stateless
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    WorkflowRepository workflow;

    @Inject
    Clock clock;

    public Page<NotificationView> list(String login, boolean unreadOnly, int page, int pageSize) {
        return new Page<>(
                notifications.forRecipient(login, unreadOnly, (page - 1) * pageSize, pageSize).stream()
                        .map(NotificationService::view)
                        .toList(),
                notifications.count(login, unreadOnly),
                page,
                pageSize);
    }

    public long unreadCount(String login) {
        return notifications.count(login, true);
    }

    /** Someone else's notification is "not found", the same as one that does not exist. */
    public NotificationView markRead(String login, long id) {
        Notification n = notifications
                .find(id)
                .filter(found -> found.recipient().equals(login))
                .orElseThrow(() -> new NotFoundException("Notification", id));
        n.markRead(clock.instant());
        return view(n);
    }

    public int markAllRead(String login) {
        return notifications.markAllRead(login, clock.instant());
    }

    /**
     * Stores the in-app notifications of one event, one per staff recipient; the assignee of a
     * new ticket hears about it through the assignment instead. Returns how many were new.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int record(EventNotice event) {
        if (event.ticket() == null) {
            return 0;
        }
        Set<String> already = notifications.recipientsOf(event.eventId());
        Map<String, String> statusNames = new HashMap<>();
        workflow.statuses().forEach(s -> statusNames.put(s.key(), s.name()));
        int stored = 0;
        for (Addressee r : event.recipients()) {
            boolean staff = r.username() != null;
            boolean coveredByAssignment =
                    event.type().equals(DomainEvent.CREATED) && r.role() == Addressee.Role.ASSIGNEE;
            if (!staff || coveredByAssignment || already.contains(r.username())) {
                continue;
            }
            String message = TicketEventNotice.message(
                    event.type(),
                    event.ticket().number(),
                    event.actor(),
                    event.data(),
                    r.role() == Addressee.Role.ASSIGNEE,
                    key -> statusNames.getOrDefault(key, key));
            notifications.add(new Notification(
                    r.username(),
                    event.eventId(),
                    event.type(),
                    event.ticket().id(),
                    event.ticket().number(),
                    event.ticket().summary(),
                    message,
                    event.actor(),
                    event.occurredAt()));
            stored++;
        }
        return stored;
    }

    static NotificationView view(Notification n) {
        return new NotificationView(
                n.id(),
                n.eventType(),
                n.ticketId(),
                n.ticketNumber(),
                n.ticketSummary(),
                n.message(),
                n.actor(),
                n.createdAt(),
                n.readAt());
    }
}
