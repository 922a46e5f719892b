package io.switchboard.application.psa;

import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which tickets are linked to a PSA ticket, for the ticket list's badges and the panel's PSA section (any agent). */
@Stateless
public class PsaTicketLinks {

    @Inject
    PsaSyncRepository sync;

    @Inject
    PsaConnector connector;

    @Inject
    SyncRunner runner;

    /** The badges of those of {@code ticketIds} that are linked, by ticket id. */
    public Map<Long, PsaBadge> badges(Collection<Long> ticketIds) {
        Map<Long, PsaBadge> out = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return out;
        }
        Map<Long, String> names = new HashMap<>();
        for (PsaTicketLink l : sync.linksOfTickets(ticketIds)) {
            String name = names.computeIfAbsent(
                    l.connectionId(),
                    id -> connector.connection(id).map(PsaConnection::name).orElse(l.provider()));
            out.put(l.ticketId(), badge(l, name));
        }
        return out;
    }

    /** Every PSA connection with the boards it syncs, for the list's PSA filters. */
    public List<PsaFilterChoice> filterChoices() {
        return connector.connections().stream()
                .map(c -> new PsaFilterChoice(
                        c.id(),
                        c.name(),
                        sync.boards(c.id()).stream()
                                .filter(PsaBoard::isEnabled)
                                .map(b -> new PsaFilterChoice.Board(
                                        b.remoteId(), b.remoteName() == null ? b.remoteId() : b.remoteName()))
                                .toList()))
                .toList();
    }

    public Optional<PsaLinkState> of(long ticketId) {
        return sync.linkOfTicket(ticketId).map(l -> {
            Optional<PsaConnection> c = connector.connection(l.connectionId());
            String state;
            String why;
            if (c.isEmpty()) {
                state = "DISCONNECTED";
                why = "Its PSA connection was removed: the ticket is no longer synced.";
            } else if (!c.get().enabled()) {
                state = "PAUSED";
                why = "The connection " + c.get().name() + " is switched off: changes wait on both sides.";
            } else if ("OPEN".equals(connector.circuit(c.get()).state())) {
                state = "PSA_UNREACHABLE";
                why = "The PSA is not answering (circuit open): local changes are sent when it is back.";
            } else if (runner.isRunning(l.connectionId())) {
                state = "SYNCING";
                why = "A sync run of " + c.get().name() + " is going.";
            } else {
                state = "IN_SYNC";
                why = "Synced with " + c.get().name() + "; local changes go to the PSA as they are made.";
            }
            LinkView view = LinkView.of(l);
            return new PsaLinkState(
                    badge(l, c.map(PsaConnection::name).orElse(l.provider())),
                    l.pulledAt(),
                    l.remoteUpdatedAt(),
                    l.remoteBoardId(),
                    view.resources(),
                    state,
                    why);
        });
    }

    private static PsaBadge badge(PsaTicketLink l, String connection) {
        return new PsaBadge(l.ticketId(), l.connectionId(), connection, l.provider(), l.remoteId(), safe(l.webUrl()));
    }

    /** Only http(s) addresses become links: a provider's URL is data from outside. */
    private static String safe(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
    }
}
