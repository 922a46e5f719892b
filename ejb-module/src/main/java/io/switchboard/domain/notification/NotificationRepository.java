package io.switchboard.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface NotificationRepository {

    Notification add(Notification notification);

    /** Who already has a notification of this event (a redelivery must not add them again). */
    Set<String> recipientsOf(String eventId);

    /** A user's notifications, newest first. */
    List<Notification> forRecipient(String recipient, boolean unreadOnly, int first, int max);

    long count(String recipient, boolean unreadOnly);

    Optional<Notification> find(long id);

    /** Marks every unread notification of the user read; answers how many changed. */
    int markAllRead(String recipient, Instant at);
}
