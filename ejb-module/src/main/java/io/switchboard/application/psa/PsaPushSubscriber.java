package io.switchboard.application.psa;

import io.switchboard.application.notify.DeliveryOutcome;
import io.switchboard.application.notify.EventNotice;
import io.switchboard.application.notify.EventSubscriber;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PushOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends local changes of PSA-linked tickets to the PSA, as a subscriber of the outbox (after
 * commit, at least once, in event order). Changes the pull made (actor {@code psa:...}) are
 * never sent back; a throttled PSA is waited for without using up attempts; a refusal is a
 * dead letter an admin can see and replay.
 */
@ApplicationScoped
public class PsaPushSubscriber implements EventSubscriber {

    static final String KEY = "psa-push";
    private static final Set<String> PUSHED = Set.of(
            DomainEvent.STATUS_CHANGED,
            DomainEvent.PRIORITY_CHANGED,
            DomainEvent.UPDATED,
            DomainEvent.ASSIGNED,
            DomainEvent.REPLY_ADDED,
            DomainEvent.NOTE_ADDED,
            DomainEvent.TIME_LOGGED,
            DomainEvent.ATTACHMENT_ADDED,
            DomainEvent.SYNC_KEPT);

    @Inject
    PsaSyncRepository sync;

    @Inject
    PsaConnector connector;

    @Inject
    PushPlanner planner;

    @Inject
    PushResults results;

    @Inject
    ValuesFactory values;

    /**
     * The fields we push that the remote ticket changed since both sides last agreed on them (the
     * link's base): only those are in conflict. A remote change of another field (a note, a member)
     * is none. The values decide, not the version: ConnectWise's is its lastUpdated, to the second,
     * so two changes in one second share it. Without a base for a field, a new version counts.
     */
    private Set<String> contested(
            PsaConnection c,
            PsaTicketLink link,
            List<PsaOperation> operations,
            PsaTicket current,
            boolean versionMoved) {
        Map<String, String> base = link.base();
        Map<String, String> theirs = PsaIntake.agreed(current, values.of(c), link.remoteBoardId());
        Set<String> contested = new java.util.HashSet<>();
        for (PsaOperation op : operations) {
            if (op instanceof PsaOperation.Update u) {
                for (String f : u.fields().keySet()) {
                    String field = f.equals("owner") ? "assignee" : f;
                    if (base.containsKey(field)
                            ? !java.util.Objects.equals(base.get(field), theirs.get(field))
                            : versionMoved) {
                        contested.add(f);
                    }
                }
            }
        }
        return contested;
    }

    /** The operations with only the named update fields ({@code keep}), or with them left out; an update left empty goes. */
    private static List<PsaOperation> without(List<PsaOperation> operations, Set<String> fields, boolean keep) {
        List<PsaOperation> out = new java.util.ArrayList<>();
        for (PsaOperation op : operations) {
            if (op instanceof PsaOperation.Update u) {
                Map<String, String> left = new java.util.LinkedHashMap<>(u.fields());
                left.keySet().removeIf(f -> fields.contains(f) != keep);
                if (!left.isEmpty()) {
                    out.add(new PsaOperation.Update(left));
                }
            } else if (!keep) {
                out.add(op);
            }
        }
        return out;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean wants(String eventType) {
        return PUSHED.contains(eventType);
    }

    @Override
    public DeliveryOutcome deliver(EventNotice n) throws PsaFailure {
        if (n.actor() != null
                && n.actor().startsWith(PsaIntake.ACTOR_PREFIX)
                && !DomainEvent.SYNC_KEPT.equals(n.type())) {
            return DeliveryOutcome.delivered("a change the PSA made is not sent back");
        }
        if (n.ticket() == null) {
            return DeliveryOutcome.delivered("no ticket");
        }
        Optional<PsaTicketLink> link = sync.linkOfTicket(n.ticket().id());
        if (link.isEmpty()) {
            return DeliveryOutcome.delivered("not a PSA ticket");
        }
        Optional<PsaConnection> connection = connector.connection(link.get().connectionId());
        if (connection.isEmpty()) {
            return DeliveryOutcome.delivered("its PSA connection was removed");
        }
        List<PsaOperation> operations = planner.plan(connection.get(), link.get(), n);
        if (operations.isEmpty()) {
            return DeliveryOutcome.delivered("nothing the PSA keeps changed");
        }
        PushOutcome outcome;
        PsaPush push;
        try {
            String base = link.get().remoteVersion();
            if (operations.stream().anyMatch(op -> op instanceof PsaOperation.Update)) {
                Optional<PsaTicket> current =
                        connector.fetch(connection.get(), link.get().remoteId());
                Set<String> contested = current.isPresent()
                        ? contested(
                                connection.get(),
                                link.get(),
                                operations,
                                current.get(),
                                base == null || !base.equals(current.get().version()))
                        : Set.of();
                // Both sides changed these fields since the last sync: last writer wins, the loser goes into the
                // history. The fields only we changed are pushed either way.
                if (!contested.isEmpty()
                        && !results.settle(
                                connection.get(),
                                link.get().ticketId(),
                                without(operations, contested, true),
                                current.get(),
                                n)) {
                    results.applyTheirs(connection.get(), link.get().ticketId(), current.get());
                    operations = without(operations, contested, false);
                    if (operations.isEmpty()) {
                        return DeliveryOutcome.delivered("conflict: the PSA's later change won");
                    }
                }
                if (current.isPresent()) {
                    base = current.get().version(); // what we push over, now that conflicts are settled
                }
            }
            push = new PsaPush(n.eventId(), link.get().remoteId(), base, operations);
            outcome = connector.push(connection.get(), push);
        } catch (PsaFailure e) {
            return switch (e.kind()) {
                case THROTTLED ->
                    DeliveryOutcome.retryAfter(e.getMessage(), e.retryAfter().orElse(null));
                case TRANSIENT, CIRCUIT_OPEN, UNAVAILABLE -> throw e;
                default -> DeliveryOutcome.rejected(e.getMessage());
            };
        }
        return results.record(connection.get(), link.get().ticketId(), push, outcome, n);
    }
}
