package io.switchboard.application.psa;

import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PushOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The members working a PSA ticket (ConnectWise schedule entries, Autotask secondary resources),
 * put on and taken off from the desk: each change is made in the PSA at once, then the ticket is
 * read back from there, so what the panel shows is what the PSA has.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PsaResources {

    private static final int MEMBERS_SHOWN = 20;

    @Inject
    PsaSyncRepository sync;

    @Inject
    PsaConnector connector;

    @Inject
    PsaIntake intake;

    /** The link with the PSA's members and their assignment ids. */
    public LinkView of(long ticketId) {
        return LinkView.of(link(ticketId));
    }

    /** PSA members whose name or id contains {@code query}, for a picker: at most 20. */
    public List<CatalogEntry> members(long ticketId, String query) throws PsaFailure {
        PsaConnection c = connection(link(ticketId));
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return connector.catalog(c, CatalogKind.MEMBER, null, q.isEmpty() ? null : q, 1).stream()
                .filter(e -> q.isEmpty()
                        || e.name().toLowerCase(Locale.ROOT).contains(q)
                        || e.id().toLowerCase(Locale.ROOT).contains(q))
                .limit(MEMBERS_SHOWN)
                .toList();
    }

    public LinkView add(long ticketId, String memberId) throws PsaFailure {
        PsaTicketLink link = link(ticketId);
        return changed(link, new PsaOperation.Assign(null, memberId, null));
    }

    public LinkView remove(long ticketId, String assignmentId) throws PsaFailure {
        PsaTicketLink link = link(ticketId);
        boolean known = LinkView.of(link).resources().stream().anyMatch(r -> r.id().equals(assignmentId));
        if (!known) {
            throw new NotFoundException("PSA resource", assignmentId);
        }
        return changed(link, new PsaOperation.Unassign(assignmentId));
    }

    private LinkView changed(PsaTicketLink link, PsaOperation op) throws PsaFailure {
        PsaConnection c = connection(link);
        PsaPush push =
                new PsaPush("resources-" + UUID.randomUUID(), link.remoteId(), link.remoteVersion(), List.of(op));
        PushOutcome outcome = connector.push(c, push);
        PsaFailure.unlessApplied(outcome, c.name() + " did not change the resources");
        // read back: the panel shows what the PSA has
        Optional<PsaTicket> remote = connector.fetch(c, link.remoteId());
        Optional<LinkView> read = remote.flatMap(r -> intake.resourcesRead(link.ticketId(), r));
        return read.orElseGet(() -> LinkView.of(link(link.ticketId())));
    }

    private PsaTicketLink link(long ticketId) {
        return sync.linkOfTicket(ticketId)
                .orElseThrow(() -> new NotFoundException("PSA ticket of", new TicketNumber(ticketId)));
    }

    private PsaConnection connection(PsaTicketLink link) {
        return connector
                .connection(link.connectionId())
                .orElseThrow(() -> new NotFoundException("PSA connection", link.connectionId()));
    }
}
