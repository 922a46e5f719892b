package io.switchboard.application.mail;

import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.ticket.CommentRepository;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ticket a message continues, in this order: Message-IDs we sent or stored in
 * In-Reply-To/References (most recent first), then the subject tag {@code [TKT-000123]} behind
 * any Re:/AW:/SV:/Fwd:/WG:/TR:, then the mailbox's PSA ticket-number pattern.
 */
@ApplicationScoped
public class MailThreads {

    private static final Pattern TAG = Pattern.compile("\\[\\s*(TKT-\\d{1,12})\\s*]", Pattern.CASE_INSENSITIVE);
    /** A survivor may be merged away later in turn: the chain is followed, this far at most. */
    private static final int MAX_MERGE_HOPS = 10;

    private static final Pattern ROOT = Pattern.compile("(tkt-\\d{1,12})@.+");

    @Inject
    OurMessageIds ours;

    @Inject
    InboundMailRepository mails;

    @Inject
    CommentRepository comments;

    @Inject
    TicketRepository tickets;

    @Inject
    ExternalTickets external;

    /** The thread, on the ticket that survived when the one it names was merged away. */
    public Optional<MailThread> find(ParsedMail m, MailboxSettings settings) {
        return named(m, settings).map(this::onSurvivor);
    }

    private MailThread onSurvivor(MailThread thread) {
        Ticket t = thread.ticket();
        for (int hops = 0; t.mergedIntoId() != null && hops < MAX_MERGE_HOPS; hops++) {
            Optional<Ticket> next = tickets.find(t.mergedIntoId());
            if (next.isEmpty()) {
                break;
            }
            t = next.get();
        }
        return t == thread.ticket()
                ? thread
                : new MailThread(t, thread.signed(), thread.reference(), thread.via() + ", merged into " + t.number());
    }

    private Optional<MailThread> named(ParsedMail m, MailboxSettings settings) {
        MailThread weak = null;
        for (String id : m.thread()) {
            Optional<OurMessageIds.Reference> ref = ours.read(id);
            if (ref.isPresent()) {
                Optional<Ticket> t = tickets.find(ref.get().ticketId());
                if (t.isPresent()) {
                    return Optional.of(new MailThread(t.get(), true, ref.get(), "our message " + id));
                }
            }
            Optional<Long> stored = mails.onTicketByMessageId(id).map(mail -> mail.ticketId());
            if (stored.isEmpty()) {
                stored = comments.byMessageId(id).map(c -> c.ticketId());
            }
            if (stored.isPresent()) {
                Optional<Ticket> t = tickets.find(stored.get());
                if (t.isPresent()) {
                    return Optional.of(new MailThread(t.get(), true, null, "stored message " + id));
                }
            }
            Matcher root = ROOT.matcher(id);
            if (weak == null
                    && root.matches()
                    && TicketNumber.looksLikeOne(root.group(1).toUpperCase())) {
                weak = tickets.find(
                                TicketNumber.parse(root.group(1).toUpperCase()).id())
                        .map(t -> new MailThread(t, false, null, "thread id " + id))
                        .orElse(null);
            }
        }
        if (weak != null) {
            return Optional.of(weak);
        }
        if (m.subject() != null) {
            Matcher tag = TAG.matcher(m.subject());
            while (tag.find()) {
                String number = tag.group(1).toUpperCase();
                if (TicketNumber.looksLikeOne(number)) {
                    Optional<Ticket> t = tickets.find(TicketNumber.parse(number).id());
                    if (t.isPresent()) {
                        return Optional.of(new MailThread(t.get(), false, null, "subject tag " + number));
                    }
                }
            }
            if (settings.ticketNumberPattern() != null) {
                Matcher psa = settings.ticketNumberPattern().matcher(m.subject());
                if (psa.find() && psa.groupCount() >= 1) {
                    Optional<Ticket> t = external.byExternalId(psa.group(1));
                    if (t.isPresent()) {
                        return Optional.of(new MailThread(t.get(), false, null, "PSA number " + psa.group(1)));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
