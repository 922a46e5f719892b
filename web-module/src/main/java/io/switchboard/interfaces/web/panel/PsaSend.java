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
    PsaSection section;

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
        if (open(panel.ticketId(), target, FIELD)) {
            target = null;
            panel.refreshAfterOwnChange();
        }
    }

    /**
     * Opens the ticket in the PSA on {@code choice} (a {@link Board#value()}) and says how it went;
     * a refusal names {@code field}. Whether it opened.
     */
    public boolean open(long ticketId, String choice, String field) {
        int bar = choice == null ? -1 : choice.indexOf('|');
        if (bar < 1) {
            Feedback.fieldWarning(field, "Choose the PSA board to open the ticket on.");
            return false;
        }
        long connection = Long.parseLong(choice.substring(0, bar));
        try {
            escalation.send(ticketId, connection, choice.substring(bar + 1), null, user.actor());
            section.changed(ticketId);
            Feedback.info("Opened in the PSA; the ticket syncs with it from now on.");
            return true;
        } catch (DomainException e) {
            Feedback.error(e, Map.of("board", field, "company", field));
        } catch (PsaFailure e) {
            Feedback.error("The PSA did not open the ticket: " + e.getMessage());
        }
        return false;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
