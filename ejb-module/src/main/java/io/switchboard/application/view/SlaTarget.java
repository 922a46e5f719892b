package io.switchboard.application.view;

import java.time.Instant;

/**
 * One SLA clock of a ticket (first response or resolution): its deadline, where it stands, the
 * business seconds left (negative once breached) and, once met, when.
 */
public record SlaTarget(Instant dueAt, State state, long remainingSeconds, Instant metAt) {

    /** Where a clock stands; WARNING is past the warning share of its target but not yet late. */
    public enum State implements io.switchboard.domain.shared.Keyed {
        RUNNING,
        WARNING,
        PAUSED,
        MET,
        BREACHED;

        @Override
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
