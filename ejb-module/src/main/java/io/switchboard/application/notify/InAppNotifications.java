package io.switchboard.application.notify;

import io.switchboard.application.NotificationService;
import io.switchboard.domain.ticket.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The bell in the portal: one more subscriber of the outbox dispatcher, on the {@code in_app}
 * channel, so it gets the same recipients, preferences, retries and at-least-once delivery as
 * email. Storing is idempotent per event and person, so a redelivery adds nothing.
 */
@ApplicationScoped
public class InAppNotifications implements EventSubscriber {

    public static final String KEY = "in-app";
    public static final String CHANNEL = "in_app";

    @Inject
    NotificationService notifications;

    @Override
    public String key() {
        return KEY;
    }

    /** Everything that happens to a ticket people work on, except the generic field edits. */
    @Override
    public boolean wants(String eventType) {
        return EventTypes.isKnown(eventType)
                && !eventType.equals(DomainEvent.UPDATED)
                && !eventType.equals(DomainEvent.TASK_CHANGED);
    }

    @Override
    public Optional<String> channel() {
        return Optional.of(CHANNEL);
    }

    @Override
    public DeliveryOutcome deliver(EventNotice notification) {
        int stored = notifications.record(notification);
        return DeliveryOutcome.delivered(stored + " notification(s)");
    }
}
