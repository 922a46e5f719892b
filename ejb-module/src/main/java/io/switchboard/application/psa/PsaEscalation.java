package io.switchboard.application.psa;

import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PushOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opens a local ticket in the PSA, on one of the boards a connection syncs, and links the two:
 * from then on the ticket syncs like one pulled from there. The PSA is asked while no transaction
 * is open, and the create carries a key that finds it again, so sending again after a lost
 * answer links the ticket made the first time rather than making a second.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PsaEscalation {

    @Inject
    TicketRepository tickets;

    @Inject
    PsaSyncRepository sync;

    @Inject
    PsaConnector connector;

    @Inject
    PushPlanner planner;

    @Inject
    PsaIntake intake;

    @Inject
    PushResults results;

    @Inject
    ValuesFactory values;

    /** {@code remoteCompanyId} may be null: the ticket's company, mapped or of the same name, is used. */
    public LinkView send(long ticketId, long connectionId, String remoteBoardId, String remoteCompanyId, Actor actor)
            throws PsaFailure {
        Ticket t =
                tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        if (sync.linkOfTicket(ticketId).isPresent()) {
            throw new ConflictException(new TicketNumber(ticketId) + " is already linked to a PSA ticket");
        }
        PsaConnection c = connector
                .connection(connectionId)
                .orElseThrow(() -> new NotFoundException("PSA connection", connectionId));
        PsaBoard board = board(c, remoteBoardId);
        String company = remoteCompanyId != null && !remoteCompanyId.isBlank() ? remoteCompanyId : company(c, t);
        List<PsaOperation> operations = planner.forCreate(c, board.remoteId(), company, t);
        PsaPush push = new PsaPush(PushPlanner.createKey(c, t), null, null, operations);
        PushOutcome outcome = connector.push(c, push);
        PsaFailure.unlessApplied(outcome, c.name() + " did not open the ticket");
        var remote = connector
                .fetch(c, outcome.remoteId())
                .orElseThrow(() -> new PsaFailure(
                        PsaFailure.Kind.TRANSIENT,
                        c.name() + " opened ticket " + outcome.remoteId() + " but does not show it yet",
                        null));
        LinkView link = intake.created(c, board, values.of(c), ticketId, remote, actor);
        results.record(c, ticketId, push, outcome, null); // links the notes and time it carried
        return link;
    }

    private PsaBoard board(PsaConnection c, String remoteBoardId) {
        List<PsaBoard> boards =
                sync.boards(c.id()).stream().filter(PsaBoard::isEnabled).toList();
        return boards.stream()
                .filter(b -> b.remoteId().equals(remoteBoardId))
                .findFirst()
                .orElseThrow(() -> new UnprocessableException(
                        "board",
                        boards.isEmpty()
                                ? c.name() + " syncs no board yet: select one on its PSA page first"
                                : "is not a board " + c.name() + " syncs; one of: "
                                        + boards.stream()
                                                .map(b -> b.remoteId() + " (" + b.remoteName() + ")")
                                                .collect(Collectors.joining(", "))));
    }

    private String company(PsaConnection c, Ticket t) throws PsaFailure {
        if (t.company() == null) {
            throw new UnprocessableException(
                    "company", "the ticket has no company; give the PSA company's id, or set the ticket's company");
        }
        return planner.remoteCompany(c, t.company().id(), t.company().name())
                .orElseThrow(() -> new UnprocessableException(
                        "company",
                        "company " + t.company().name() + " has no counterpart in " + c.name()
                                + ": map it on the PSA mappings page, or give the PSA company's id"));
    }
}
