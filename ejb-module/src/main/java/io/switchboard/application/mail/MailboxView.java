package io.switchboard.application.mail;

import java.time.Instant;

/**
 * A mailbox as its admin page shows it: where it reads (never the password), where its tickets go,
 * its plugin instance's state, how its last reads went and what waits in quarantine.
 *
 * @param state the plugin instance's state (ACTIVE, DISABLED, PLUGIN_DISABLED, FAILED, ...)
 * @param lastMailAt when a read last found mail
 * @param lastTaken how many messages that read took in
 * @param failuresInRow reads that failed since the last one that worked
 */
public record MailboxView(
        long id,
        String name,
        String plugin,
        boolean enabled,
        String state,
        String stateReason,
        String host,
        String username,
        String folder,
        String board,
        String priority,
        String pollSeconds,
        boolean idle,
        Instant lastPollAt,
        Instant lastMailAt,
        int lastTaken,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt,
        int failuresInRow,
        long quarantined) {

    /** Failing now: the last read failed (an older error that a later read got past is history). */
    public boolean failing() {
        return failuresInRow > 0;
    }
}
