package io.switchboard.application;

import io.switchboard.application.view.NotificationView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.notification.Notification;
import io.switchboard.domain.notification.NotificationRepository;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** A user's in-app notifications. Every method works on the caller's own notifications only. */
@Stateless
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    Clock clock;

    public Page<NotificationView> list(String login, boolean unreadOnly, int page, int pageSize) {
        return new Page<>(
                notifications.forRecipient(login, unreadOnly, (page - 1) * pageSize, pageSize).stream().map(NotificationService::view).toList(),
                notifications.count(login, unreadOnly),
                page,
                pageSize);
    }

    public long unreadCount(String login) {
        return notifications.count(login, true);
    }

    /** Someone else's notification is "not found", the same as one that does not exist. */
    public NotificationView markRead(String login, long id) {
        Notification n = notifications.find(id)
                .filter(found -> found.recipient().equals(login))
                .orElseThrow(() -> new NotFoundException("Notification", id));
        n.markRead(clock.instant());
        return view(n);
    }

    public int markAllRead(String login) {
        return notifications.markAllRead(login, clock.instant());
    }

    static NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.eventType(), n.ticketId(), n.ticketNumber(), n.ticketSummary(), n.message(), n.actor(),
                n.createdAt(), n.readAt());
    }
}
