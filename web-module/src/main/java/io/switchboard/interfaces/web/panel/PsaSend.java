package io.switchboard.interfaces.web.panel;

import io.switchboard.application.psa.PsaEscalation;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.application.psa.PsaTicketLinks;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * "Open in PSA" on a ticket that has no PSA ticket yet: a board of a connection, then one click.
 * The company is the ticket's, mapped or of the same name; the answer says what to map if not.
 */
@Named
@ViewScoped
public class PsaSend implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FIELD = "panelForm:psaTarget";

    @Inject
    PsaEscalation escalation;

    @Inject
    PsaTicketLinks links;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private List<Board> boards;
    private String target;

    /** A board of a connection, as the menu offers it: "Acme CW: Service Desk", valued "12|1". */
    public record Board(String label, String value) implements Serializable {}

    /** Every synced board of every connection; read once per view. */
    public List<Board> getBoards() {
        if (boards == null) {
            boards = links.filterChoices().stream()
                    .flatMap(c -> c.boards().stream()
                            .map(b -> new Board(c.name() + ": " + b.name(), c.connectionId() + "|" + b.remoteId())))
                    .toList();
        }
        return boards;
    }

    public void send() {
        int bar = target == null ? -1 : target.indexOf('|');
        if (bar < 1) {
            Feedback.fieldWarning(FIELD, "Choose the PSA board to open the ticket on.");
            return;
        }
        long connection = Long.parseLong(target.substring(0, bar));
        try {
            escalation.send(panel.ticketId(), connection, target.substring(bar + 1), null, user.actor());
            target = null;
            panel.refreshAfterOwnChange();
            Feedback.info("Opened in the PSA; the ticket syncs with it from now on.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of("board", FIELD, "company", FIELD));
        } catch (PsaFailure e) {
            Feedback.error("The PSA did not open the ticket: " + e.getMessage());
        }
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
