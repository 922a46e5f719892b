package io.switchboard.application.mail;

import io.switchboard.application.RichText;
import io.switchboard.domain.mail.InboundMail;
import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.mail.UndeliverableAddresses;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.ticket.CommentDraft;
import io.switchboard.domain.ticket.CommentRepository;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketComment;
import io.switchboard.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bounce never opens a ticket or reopens one: it becomes an internal note on the ticket whose
 * message bounced (found through the original Message-ID). A permanent failure also marks the
 * address, so that notifications stop going there until mail from it comes in again.
 */
@ApplicationScoped
public class Bounces {

    @Inject
    OurMessageIds ours;

    @Inject
    InboundMailRepository mails;

    @Inject
    TicketRepository tickets;

    @Inject
    CommentRepository comments;

    @Inject
    RichText richText;

    @Inject
    UndeliverableAddresses undeliverable;

    @Inject
    Clock clock;

    void record(InboundMail mail, ParsedMail m, String why) {
        Optional<Ticket> ticket = concerned(m);
        DeliveryReport r = m.report();
        if (ticket.isEmpty()) {
            mail.ignored("bounce", why + "; it concerns no ticket we know", null, clock.instant());
            return;
        }
        String about = r == null || r.finalRecipient() == null ? "a recipient" : r.finalRecipient();
        String text = (r != null && r.isPermanent() ? "Delivery failed permanently to " : "Delivery problem for ")
                + about + (r == null || r.status() == null ? "" : " (status " + r.status() + ")")
                + (r == null || r.action() == null ? "" : ", action: " + r.action()) + ". From: "
                + m.from().email() + (m.subject() == null ? "" : ", subject: " + m.subject());
        Ticket locked = tickets.lock(ticket.get().id());
        TicketComment note = comments.add(locked.comment(
                new CommentDraft(
                        richText.fromText(text), true, false, Actor.SYSTEM, "Mail delivery", null, null, m.messageId()),
                Actor.SYSTEM,
                clock));
        tickets.store(locked);
        if (r != null && r.isPermanent() && r.finalRecipient() != null) {
            // only a report about our own message counts: anyone can forge a bounce about nothing
            undeliverable.mark(r.finalRecipient(), text, locked.id(), clock.instant());
        }
        mail.processed("bounce-note", locked.id(), note.id(), clock.instant());
    }

    private Optional<Ticket> concerned(ParsedMail m) {
        List<String> ids = new ArrayList<>();
        if (m.report() != null && m.report().originalMessageId() != null) {
            ids.add(m.report().originalMessageId());
        }
        ids.addAll(m.thread());
        for (String id : ids) {
            Optional<OurMessageIds.Reference> ref = ours.read(id);
            if (ref.isPresent()) {
                Optional<Ticket> t = tickets.find(ref.get().ticketId());
                if (t.isPresent()) {
                    return t;
                }
            }
            Optional<Long> stored = mails.onTicketByMessageId(id).map(InboundMail::ticketId);
            if (stored.isPresent()) {
                return tickets.find(stored.get());
            }
        }
        return Optional.empty();
    }
}
