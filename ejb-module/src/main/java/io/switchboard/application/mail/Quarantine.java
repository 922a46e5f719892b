package io.switchboard.application.mail;

import io.switchboard.application.view.Page;
import io.switchboard.domain.mail.InboundMail;
import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.mail.MailState;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The intake log and the messages intake could not process, for admins: list, view, download the
 * raw message, reprocess (after fixing what was wrong) or discard. Nothing here deletes the raw
 * bytes of a message that is still quarantined.
 */
@Stateless
public class Quarantine {

    @Inject
    InboundMailRepository mails;

    @Inject
    MailIntake intake;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    public Page<InboundMailView> list(Long mailboxId, int page, int pageSize) {
        List<InboundMailView> items =
                mails.inState(MailState.QUARANTINED, mailboxId, (page - 1) * pageSize, pageSize).stream()
                        .map(Quarantine::view)
                        .toList();
        return new Page<>(items, mails.count(MailState.QUARANTINED, mailboxId), page, pageSize);
    }

    /** The intake log: every message of a mailbox (or all), newest first, optionally in one state. */
    public Page<InboundMailView> log(Long mailboxId, String state, int page, int pageSize) {
        MailState only = state == null || state.isBlank() ? null : Keyed.parse(MailState.class, "state", state);
        List<InboundMailView> items = mails.inState(only, mailboxId, (page - 1) * pageSize, pageSize).stream()
                .map(Quarantine::view)
                .toList();
        return new Page<>(items, mails.count(only, mailboxId), page, pageSize);
    }

    public long count() {
        return mails.count(MailState.QUARANTINED, null);
    }

    public InboundMailView get(long id) {
        return view(find(id));
    }

    /** The raw RFC 5322 bytes, as the mail server delivered them (or their start, for one over the limit). */
    public byte[] raw(long id) {
        find(id);
        return mails.raw(id);
    }

    /** Back through intake now; what it becomes is in the answer (it may land in quarantine again). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step commits on its own
    public InboundMailView reprocess(long id) {
        Mailbox mailbox = transport.mailboxes().stream()
                .filter(m -> m.id() == find(id).mailboxId())
                .findFirst()
                .orElseThrow(() -> new io.switchboard.domain.shared.ConflictException(
                        "The mailbox this message came from is gone or switched off; it cannot be reprocessed now."));
        intake.requeue(id);
        try {
            intake.process(id, mailbox);
        } catch (RuntimeException e) {
            intake.quarantine(id, MailboxReader.reason(e));
        }
        return view(find(id));
    }

    public InboundMailView discard(long id, String actor) {
        InboundMail mail = find(id);
        mail.discard(actor, clock.instant());
        return view(mail);
    }

    private InboundMail find(long id) {
        return mails.find(id).orElseThrow(() -> new NotFoundException("Quarantined message", id));
    }

    static InboundMailView view(InboundMail m) {
        return new InboundMailView(
                m.id(),
                m.mailboxId(),
                m.state().key(),
                m.outcome(),
                m.sender(),
                m.subject(),
                m.messageId(),
                m.sizeBytes(),
                m.isTruncated(),
                m.reason(),
                m.attempts(),
                m.receivedAt(),
                m.storedAt(),
                m.processedAt(),
                m.ticketId());
    }
}
