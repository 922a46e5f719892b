package io.switchboard.application.mail;

import io.switchboard.domain.mail.MailCursorState;
import io.switchboard.domain.mail.MailLocation;
import io.switchboard.domain.mail.MailState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads one mailbox: first finishes what a crash left half done, then drains the backlog in
 * batches, oldest first. Per message: download (only the head of one over the size limit), store
 * raw, process; then one acknowledgement per batch, after those commits, and only then the
 * cursor moves on. A message that fails to process goes to quarantine and never holds up the
 * ones behind it.
 */
@ApplicationScoped
public class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    static final int BATCH = 100;
    /** What is kept of a message over the size limit: enough for its headers and the start of its text. */
    static final long HEAD_BYTES = 64 * 1024;
    /** Fetches of one message that may fail before it is set aside. */
    static final int MAX_FETCH_FAILURES = 3;

    private final java.util.Map<String, Integer> fetchFailures = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    MailTransport transport;

    @Inject
    MailIntake intake;

    /**
     * One pass over the mailbox; returns how many messages it handled. Between batches it asks
     * {@code stillHeld} (the lease) and stops when that answers false: another server reads on.
     */
    public int drain(Mailbox mailbox, BooleanSupplier stillHeld) throws MailTransportFailure {
        int handled = recover(mailbox);
        while (stillHeld.getAsBoolean()) {
            BatchTimes times = new BatchTimes();
            MailCursorState cursor = intake.cursor(mailbox.id());
            List<InboundRef> refs = transport.list(mailbox, cursor.uidValidity(), cursor.lastUid(), BATCH);
            times.lap(BatchTimes.Step.LIST);
            if (refs.isEmpty()) {
                return handled;
            }
            List<MailTransport.Ack> acks = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (InboundRef ref : refs) {
                MailOutcome o = take(mailbox, ref, times);
                if (o != null && o.isDone()) {
                    acks.add(new MailTransport.Ack(ref.location(), o.disposition()));
                    ids.add(o.mailId());
                }
            }
            if (!acks.isEmpty()) {
                transport.acknowledge(mailbox, acks);
                intake.acknowledged(ids);
            }
            MailLocation last = refs.get(refs.size() - 1).location();
            intake.advance(mailbox.id(), last.uidValidity(), last.uid());
            times.lap(BatchTimes.Step.ACKNOWLEDGE);
            LOG.info(() -> "Mailbox " + mailbox.name() + ": took in " + refs.size() + " messages, acknowledged "
                    + acks.size() + " in " + times.summary());
            handled += refs.size();
            if (refs.size() < BATCH) {
                return handled;
            }
        }
        return handled;
    }

    public MailCursorState cursor(long mailboxId) {
        return intake.cursor(mailboxId);
    }

    /** Messages stored but left unprocessed by a crash: each is tried again, a few times at most. */
    private int recover(Mailbox mailbox) {
        int n = 0;
        for (Long id : intake.waiting(mailbox.id(), BATCH)) {
            MailOutcome o = intake.retry(id);
            if (o.state() == MailState.RECEIVED) {
                process(mailbox, id);
            }
            n++;
        }
        return n;
    }

    private MailOutcome take(Mailbox mailbox, InboundRef ref, BatchTimes times) throws MailTransportFailure {
        java.util.Optional<MailOutcome> known = intake.known(mailbox.id(), ref.location());
        if (known.isPresent() && known.get().isDone()) {
            times.lap(BatchTimes.Step.STORE);
            return known.get(); // taken in before a crash, not yet acknowledged: acknowledge now
        }
        times.lap(BatchTimes.Step.STORE); // looking it up is the store's work
        long max = mailbox.settings().maxMessageBytes();
        boolean tooLarge = ref.location().size() > max;
        MailTransport.Download d;
        try {
            d = transport.fetch(mailbox, ref, tooLarge ? HEAD_BYTES : max);
            times.lap(BatchTimes.Step.FETCH);
        } catch (MailTransportFailure e) {
            if (e.isGone()) {
                return null; // moved away meanwhile: nothing to take in
            }
            String key = mailbox.id() + ":" + ref.location().uidValidity() + ":"
                    + ref.location().uid();
            if (fetchFailures.merge(key, 1, Integer::sum) < MAX_FETCH_FAILURES) {
                throw e;
            }
            // a message the server cannot hand over must not block the ones behind it: quarantined, left on the server
            fetchFailures.remove(key);
            MailIntake.Stored s = intake.store(mailbox, ref, new byte[0], true);
            return intake.quarantine(
                    s.id(),
                    "the mail server could not hand over this message (" + e.getMessage() + "); it stays there");
        }
        MailIntake.Stored stored = intake.store(mailbox, ref, d.raw(), tooLarge || d.truncated());
        times.lap(BatchTimes.Step.STORE);
        if (stored.state() != MailState.RECEIVED) {
            return new MailOutcome(stored.id(), stored.state(), null, stored.ticketId());
        }
        MailOutcome done = process(mailbox, stored.id());
        times.lap(BatchTimes.Step.PROCESS);
        return done;
    }

    private MailOutcome process(Mailbox mailbox, long id) {
        try {
            return intake.process(id, mailbox);
        } catch (RuntimeException e) {
            String reason = reason(e);
            LOG.log(Level.INFO, "Message " + id + " of " + mailbox.name() + " goes to quarantine: " + reason);
            LOG.log(Level.FINE, "Why message " + id + " failed", e);
            return intake.quarantine(id, reason);
        }
    }

    /** The innermost message worth showing an admin, without class names of the container's wrappers. */
    static String reason(Throwable e) {
        return "could not be processed: " + innermostMessage(e);
    }

    /** The innermost non-blank message of the causes, else the simple class name. */
    static String innermostMessage(Throwable e) {
        Throwable t = e;
        String best = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return best == null ? e.getClass().getSimpleName() : best;
    }
}
