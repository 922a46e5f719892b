package io.switchboard.application.notify;

import java.time.Instant;
import java.util.List;

/**
 * The tickets whose earliest running deadline falls in a window, and the memory of which alerts
 * already fired, so that a restart or a second server never fires one twice.
 */
public interface SlaAlertLog {

    /** One ticket near or past its deadline; {@code windowStart} is when its clock started. */
    record Candidate(
            long id,
            Instant deadline,
            Instant windowStart,
            Instant firstResponseDue,
            Instant resolutionDue,
            Instant due) {}

    /** Up to {@code limit} tickets with a deadline in ({@code from}, {@code to}] that have no {@code kind} alert for it yet, soonest first. */
    List<Candidate> unalerted(Instant from, Instant to, String kind, int limit);

    /** Records the alert; false when another server recorded it first. */
    boolean remember(long ticketId, String kind, Instant deadline, Instant firedAt);
}
