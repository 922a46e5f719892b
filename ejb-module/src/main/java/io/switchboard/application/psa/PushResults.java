package io.switchboard.application.psa;

import io.switchboard.application.notify.DeliveryOutcome;
import io.switchboard.application.notify.EventNotice;
import io.switchboard.domain.psa.PsaNoteLink;
import io.switchboard.domain.psa.PsaPartLink;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PushOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a push answer means locally, in one transaction: applied pushes move the link's remote
 * version and link pushed notes to their remote ids (so the next pull does not copy them back);
 * a conflict found before pushing is settled by last writer wins, the losing value written
 * into the ticket history.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PushResults {

    @Inject
    PsaSyncRepository sync;

    @Inject
    TicketRepository tickets;

    @Inject
    PsaIntake intake;

    @Inject
    ValuesFactory values;

    @Inject
    Clock clock;

    public DeliveryOutcome record(PsaConnection c, long ticketId, PsaPush push, PushOutcome outcome, EventNotice n) {
        PsaTicketLink link = sync.linkOfTicket(ticketId).orElse(null);
        if (link == null) {
            return DeliveryOutcome.delivered("the ticket was unlinked meanwhile");
        }
        return switch (outcome.outcome()) {
            case APPLIED, ALREADY_APPLIED -> {
                applied(c, link, push, outcome);
                yield DeliveryOutcome.delivered(
                        outcome.outcome() + (outcome.detail() == null ? "" : ": " + outcome.detail()));
            }
            case CONFLICT -> DeliveryOutcome.retry("the PSA reports a conflict: " + detail(outcome));
            case RETRY -> DeliveryOutcome.retryAfter(detail(outcome), outcome.retryAfter());
            case REJECTED -> DeliveryOutcome.rejected(detail(outcome));
        };
    }

    private void applied(PsaConnection c, PsaTicketLink link, PsaPush push, PushOutcome outcome) {
        if (outcome.remoteVersion() != null) {
            link.pushed(outcome.remoteVersion());
        }
        Ticket t = tickets.find(link.ticketId()).orElse(null);
        for (PsaOperation op : push.operations()) {
            if (op instanceof PsaOperation.Update u && t != null) {
                // What we pushed is what both sides now agree on: the base of the next pull's merge.
                java.util.Map<String, String> agreed = new java.util.HashMap<>();
                u.fields().keySet().forEach(f -> {
                    String field = f.equals("owner") ? "assignee" : f;
                    agreed.put(field, PsaIntake.localValue(t, field));
                });
                link.agreed(agreed);
            }
            String part = op instanceof PsaOperation.LogTime time
                    ? time.localId()
                    : op instanceof PsaOperation.AttachDocument file ? file.localId() : null;
            if (part != null && outcome.createdIds().get(part) != null) {
                PsaPartLink.Kind kind = PushPlanner.partKind(part);
                long local = PushPlanner.partId(part);
                if (!sync.linkedParts(c.id(), link.ticketId(), kind).contains(local)) {
                    sync.add(new PsaPartLink(
                            c.id(),
                            link.ticketId(),
                            kind,
                            local,
                            outcome.createdIds().get(part)));
                }
            }
            if (op instanceof PsaOperation.AddNote note) {
                String remoteId = outcome.createdIds().get(note.localId());
                if (remoteId != null
                        && !sync.linkedNotes(c.id(), link.ticketId()).contains(remoteId)) {
                    sync.add(new PsaNoteLink(c.id(), remoteId, link.ticketId(), Long.parseLong(note.localId())));
                }
            }
        }
    }

    /**
     * Both sides changed the ticket since the last sync: the later change wins. Returns whether
     * ours does (and is then pushed); either way each losing value is written into the history,
     * and when theirs wins it is applied here at once.
     */
    public boolean settle(
            PsaConnection c, long ticketId, List<PsaOperation> operations, PsaTicket remote, EventNotice n) {
        Instant ours = n.occurredAt();
        Instant theirs = remote.updatedAt();
        boolean oursWins = theirs == null || (ours != null && ours.isAfter(theirs));
        Ticket t = tickets.lock(ticketId);
        Actor actor = PsaIntake.actorFor(c);
        for (PsaOperation op : operations) {
            if (op instanceof PsaOperation.Update u) {
                u.fields()
                        .forEach((field, value) -> t.recordOverruled(
                                field,
                                oursWins ? remoteValue(remote, field) : localValue(t, field, value),
                                oursWins ? localValue(t, field, value) : remoteValue(remote, field),
                                actor,
                                clock));
            }
        }
        tickets.store(t);
        return oursWins;
    }

    /**
     * Applies their winning state. Called after {@link #settle} has committed: inside it, the
     * intake's own transaction would wait for the ticket lock settle holds (a self-deadlock until
     * the transaction timeout).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void applyTheirs(PsaConnection c, long ticketId, PsaTicket remote) {
        sync.linkOfTicket(ticketId)
                .flatMap(link -> sync.boards(c.id()).stream()
                        .filter(b -> b.remoteId().equals(link.remoteBoardId()))
                        .findFirst())
                .ifPresent(board -> intake.apply(c, board, values.of(c), remote));
    }

    /** Our side of a conflict in local terms (a priority key, not the remote id it was pushed as). */
    private static String localValue(Ticket t, String field, String pushed) {
        return switch (field) {
            case "priority" -> t.priority().key();
            case "status" -> t.status().key();
            case "owner" -> t.assignee() == null ? null : t.assignee().username();
            default -> pushed;
        };
    }

    private static String remoteValue(PsaTicket remote, String field) {
        if (remote == null) {
            return null;
        }
        return switch (field) {
            case "summary" -> remote.summary();
            case "description" -> remote.description();
            case "status" -> remote.status() == null ? null : remote.status().name();
            case "priority" ->
                remote.priority() == null ? null : remote.priority().name();
            case "owner" -> remote.owner() == null ? null : remote.owner().name();
            default -> remote.fields().get(field);
        };
    }

    private static String detail(PushOutcome o) {
        return o.detail() == null ? o.outcome().name() : o.detail();
    }
}
