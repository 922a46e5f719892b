package io.switchboard.interfaces.web;

import io.switchboard.application.psa.PsaFilterChoice;
import io.switchboard.application.psa.PsaTicketLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The ticket list's PSA filters: which connection, then which of its synced boards. Shown only where a PSA is connected. */
@Named
@RequestScoped
public class PsaFilters {

    @Inject
    PsaTicketLinks links;

    @Inject
    TicketList list;

    private List<PsaFilterChoice> connections;

    public List<PsaFilterChoice> getConnections() {
        if (connections == null) {
            connections = links.filterChoices();
        }
        return connections;
    }

    /** The boards of the connection the list is filtered by; none until one is chosen. */
    public List<PsaFilterChoice.Board> getBoards() {
        String chosen = list.param("psaConnection");
        return getConnections().stream()
                .filter(c -> Long.toString(c.connectionId()).equals(chosen))
                .findFirst()
                .map(PsaFilterChoice::boards)
                .orElse(List.of());
    }
}
