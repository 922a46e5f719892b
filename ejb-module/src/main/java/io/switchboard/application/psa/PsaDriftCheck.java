package io.switchboard.application.psa;

import io.switchboard.domain.psa.PageTally;
import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import io.switchboard.domain.psa.SyncTrigger;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds and repairs drift between the desk and the PSA: a full pass over every selected board
 * (not from the watermark), each remote ticket compared field by field with its local twin.
 * A repair follows the sync's own rule, last writer wins: when the ticket's last local change
 * is a person's and newer than the remote one, the local values are pushed; otherwise the
 * remote ones are applied. Either way the losing values go into the ticket history as
 * {@code conflict:<field>}, so every disagreement that is settled is explained. Remote tickets
 * with no local twin are pulled in. The check is a run in the sync log (trigger DRIFT).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PsaDriftCheck {

    private static final int PAGE = 200;

    @Inject
    PsaConnector connector;

    @Inject
    PsaSyncRepository sync;

    @Inject
    TicketRepository tickets;

    @Inject
    PsaIntake intake;

    @Inject
    PushPlanner planner;

    @Inject
    ValuesFactory valuesFactory;

    @Inject
    SyncLog log;

    public DriftReport check(long connectionId, boolean repair) {
        PsaConnection c = connector
                .connection(connectionId)
                .orElseThrow(() -> new NotFoundException("PSA connection", connectionId));
        long runId = log.open(connectionId, SyncTrigger.DRIFT).id();
        RemoteValues values = valuesFactory.of(c);
        List<FieldDrift> drifts = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        long checked = 0;
        long repaired = 0;
        for (PsaBoard board :
                sync.boards(connectionId).stream().filter(PsaBoard::isEnabled).toList()) {
            PullCursor cursor = PullCursor.since(board.remoteId(), null);
            while (cursor != null) {
                PullPage page;
                try {
                    page = connector.pull(c, cursor, PAGE);
                } catch (PsaFailure e) {
                    log.abort(runId, "drift check of board " + board.remoteId() + ": " + e.getMessage());
                    return new DriftReport(runId, checked, drifts, unlinked, repaired);
                }
                List<String> lines = new ArrayList<>();
                long fixed = 0;
                long failed = 0;
                for (PsaTicket remote : page.tickets()) {
                    checked++;
                    try {
                        Optional<List<FieldDrift>> found = inspect(c, board, values, remote, repair, unlinked);
                        if (found.isPresent() && !found.get().isEmpty()) {
                            drifts.addAll(found.get());
                            found.get().forEach(d -> lines.add(d.describe()));
                            fixed += repair ? 1 : 0;
                        }
                    } catch (PsaFailure | RuntimeException e) {
                        failed++;
                        lines.add("remote ticket " + remote.id() + ": " + e.getMessage());
                    }
                }
                repaired += fixed;
                log.progress(runId, new PageTally(page.tickets().size(), 0, fixed, failed, 1, lines));
                cursor = page.next();
            }
        }
        log.finish(runId);
        return new DriftReport(runId, checked, drifts, unlinked, repaired);
    }

    /** The drifts of one remote ticket, repaired when asked; empty when it has no local twin (then pulled in on repair). */
    private Optional<List<FieldDrift>> inspect(
            PsaConnection c,
            PsaBoard board,
            RemoteValues values,
            PsaTicket remote,
            boolean repair,
            List<String> unlinked)
            throws PsaFailure {
        Optional<PsaTicketLink> link = sync.link(c.provider(), c.id(), remote.id());
        if (link.isEmpty()) {
            unlinked.add(remote.id());
            if (repair) {
                intake.apply(c, board, values, remote);
            }
            return Optional.empty();
        }
        Optional<Ticket> local = tickets.find(link.get().ticketId());
        if (local.isEmpty()) {
            return Optional.empty();
        }
        List<FieldDrift> found = DriftComparison.compare(local.get(), remote, values, board.remoteId());
        if (found.isEmpty() || !repair) {
            return Optional.of(found);
        }
        Ticket t = local.get();
        boolean oursWins = t.updatedBy() != null
                && !t.updatedBy().startsWith(PsaIntake.ACTOR_PREFIX)
                && t.updatedAt() != null
                && (remote.updatedAt() == null || t.updatedAt().isAfter(remote.updatedAt()));
        if (oursWins && pushLocal(c, link.get(), remote, found)) {
            intake.overruled(c, t.id(), found, false);
            return Optional.of(found.stream().map(d -> d.repaired("to-psa")).toList());
        }
        intake.repair(c, board, values, remote, found);
        return Optional.of(found.stream().map(d -> d.repaired("from-psa")).toList());
    }

    /** Pushes the local values of the drifted fields; false when nothing could be mapped or the PSA refused. */
    private boolean pushLocal(PsaConnection c, PsaTicketLink link, PsaTicket remote, List<FieldDrift> found)
            throws PsaFailure {
        Set<String> fields = new LinkedHashSet<>();
        found.forEach(d -> fields.add(d.field()));
        Optional<PsaOperation.Update> update = planner.stateUpdate(c, link, fields);
        if (update.isEmpty()) {
            return false;
        }
        PushOutcome outcome = connector.push(
                c, new PsaPush("drift-" + UUID.randomUUID(), link.remoteId(), remote.version(), List.of(update.get())));
        if (outcome.outcome() != PushOutcome.Outcome.APPLIED
                && outcome.outcome() != PushOutcome.Outcome.ALREADY_APPLIED) {
            return false;
        }
        intake.pushed(link.ticketId(), outcome.remoteVersion());
        return true;
    }
}
