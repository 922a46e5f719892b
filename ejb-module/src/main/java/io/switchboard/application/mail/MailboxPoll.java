package io.switchboard.application.mail;

import io.switchboard.application.schedule.Tick;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One tick of a mailbox's leased ticker: drain the backlog, then, where the mailbox offers IDLE,
 * wait for new mail and drain again, renewing the lease before each wait and between batches, and
 * stopping as soon as the lease is lost. A mailbox that fails waits longer each time (5 s, or its
 * poll interval when shorter, doubled per failure in a row, up to five minutes) and never delays the others.
 */
@ApplicationScoped
public class MailboxPoll {

    private static final Logger LOG = Logger.getLogger(MailboxPoll.class.getName());
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    /** An IDLE tick hands back after this many waits, so the ticker's status shows it alive. */
    static final int ROUNDS_PER_TICK = 10;

    @Inject
    MailboxReader reader;

    @Inject
    MailTransport transport;

    @Inject
    MailIntake intake;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.mail.idle-seconds", defaultValue = "25")
    long idleSeconds;

    private final Map<Long, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final Map<Long, Instant> dueAt = new ConcurrentHashMap<>();
    private final Map<Long, Integer> failures = new ConcurrentHashMap<>();

    /** The mailbox's current settings, read by its next tick. */
    public void configured(Mailbox mailbox) {
        mailboxes.put(mailbox.id(), mailbox);
    }

    public void forget(long mailboxId) {
        mailboxes.remove(mailboxId);
        dueAt.remove(mailboxId);
        failures.remove(mailboxId);
    }

    public void run(long mailboxId, Tick tick) throws MailTransportFailure {
        Mailbox mailbox = mailboxes.get(mailboxId);
        if (mailbox == null || clock.instant().isBefore(dueAt.getOrDefault(mailboxId, Instant.MIN))) {
            return;
        }
        try {
            readUntilQuiet(mailbox, tick);
            failures.remove(mailboxId);
        } catch (MailTransportFailure | RuntimeException e) {
            int n = failures.merge(mailboxId, 1, Integer::sum);
            // a first failure is often passing (a slow answer): soon again, then longer each time
            Duration base = mailbox.settings().pollInterval().compareTo(FIRST_RETRY) < 0
                    ? mailbox.settings().pollInterval()
                    : FIRST_RETRY;
            Duration wait = base.multipliedBy(1L << Math.min(n - 1, 12));
            dueAt.put(mailboxId, clock.instant().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait));
            onRecord(() -> intake.pollFailed(mailboxId, MailboxReader.innermostMessage(e)));
            throw e; // the ticker logs it and counts the failure
        }
    }

    private void readUntilQuiet(Mailbox first, Tick tick) throws MailTransportFailure {
        Mailbox mailbox = first;
        for (int round = 0; round < ROUNDS_PER_TICK; round++) {
            int taken = reader.drain(mailbox, tick::renew);
            long id = mailbox.id();
            onRecord(() -> intake.polled(id, taken));
            mailbox = mailboxes.getOrDefault(mailbox.id(), mailbox);
            if (!mailbox.settings().idle() || !tick.renew()) {
                return;
            }
            var cursor = reader.cursor(mailbox.id());
            long started = System.nanoTime();
            boolean changed = transport.awaitChange(
                    mailbox, cursor.uidValidity(), cursor.lastUid(), Duration.ofSeconds(idleSeconds));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            String name = mailbox.name();
            LOG.fine(() ->
                    "Mailbox " + name + ": IDLE " + (changed ? "saw new mail" : "ended") + " after " + waited + " ms");
            if (!changed && waited < 1000) {
                // answered at once without a change: this mailbox cannot push, poll it at its interval
                dueAt.put(mailbox.id(), clock.instant().plus(mailbox.settings().pollInterval()));
                return;
            }
        }
    }

    /** What the admin page shows is no reason to stop reading mail: a failure to write it is only logged. */
    private static void onRecord(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.FINE, "Could not record how a mailbox read went", e);
        }
    }
}
