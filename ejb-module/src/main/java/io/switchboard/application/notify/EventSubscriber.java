package io.switchboard.application.notify;

import io.switchboard.domain.plugin.DeliveryPolicy;
import io.switchboard.domain.plugin.RetrySchedule;
import java.util.Optional;

/**
 * Anything the outbox dispatcher delivers events to: every enabled notifier plugin instance,
 * and every CDI bean of the core that implements this interface (in-app notifications, for
 * example, are one {@code @ApplicationScoped} bean with the key {@code in-app} and the channel
 * {@code in_app}). The dispatcher gives each subscriber its own at-least-once delivery of each
 * event it {@link #wants}, with its own retry schedule and dead letters, off any request thread
 * and with a timeout.
 */
public interface EventSubscriber {

    /** Stable and unique, at most 100 characters: deliveries are recorded against it. */
    String key();

    /** Whether this subscriber receives events of the type. */
    boolean wants(String eventType);

    /**
     * The per-person channel ({@code "email"}, {@code "in_app"}): the dispatcher then fills the
     * notification's recipients with the people who want the event there, and skips it when
     * nobody does. Empty for a target that gets every event it wants, without recipients.
     */
    default Optional<String> channel() {
        return Optional.empty();
    }

    /** How many deliveries may run at once and whether per-ticket order is kept; the server's default and no order unless said. */
    default DeliveryPolicy delivery() {
        return DeliveryPolicy.DEFAULT;
    }

    default RetrySchedule retry() {
        return RetrySchedule.DEFAULT;
    }

    /** Why deliveries should wait for now (switched off), without using up attempts; empty when ready. */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

    /**
     * Whether {@link #deliver} contains itself (a plugin instance's call runs on the instance's own
     * bulkhead, circuit and timeout); the dispatcher contains the others.
     */
    default boolean containsItsCalls() {
        return false;
    }

    /** Delivers one event; throwing counts as a failed attempt to be retried. */
    DeliveryOutcome deliver(EventNotice notice) throws Exception;
}
