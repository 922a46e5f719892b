package io.switchboard.application.notify;

import java.time.Instant;
import java.util.List;

/**
 * How far behind one subscriber of the outbox is, for the admin page: how many deliveries wait,
 * since when the oldest has waited, and its last failed attempts. The outbox answers it.
 */
public interface SubscriberBacklog {

    /** How many failed attempts {@link #of} lists at most, newest first. */
    int LAST_ERRORS = 5;

    Backlog of(String subscriberKey);

    record Backlog(long pending, Instant oldestPendingSince, List<FailedAttempt> lastErrors) {
        public Backlog {
            lastErrors = List.copyOf(lastErrors);
        }
    }

    /** One attempt that did not deliver: RETRY, REJECTED or DEAD, with the plugin's or host's detail. */
    record FailedAttempt(Instant at, String outcome, String detail) {}
}
