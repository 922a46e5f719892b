package io.switchboard.interfaces.web;

import io.switchboard.application.TicketService;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Supervisors: deleted tickets, newest deletion first, each with Restore. */
@Named
@ViewScoped
public class DeletedTickets implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    TicketService tickets;

    @Inject
    PortalUser user;

    private List<TicketView> rows = List.of();

    public void load() {
        rows = tickets.deleted(1, SHOWN);
    }

    public void restore(TicketView t) {
        try {
            tickets.restore(t.id(), user.actor());
            Feedback.info(t.number() + " restored.");
            load();
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public List<TicketView> getRows() {
        return rows;
    }
}
