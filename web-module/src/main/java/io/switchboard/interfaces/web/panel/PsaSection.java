package io.switchboard.interfaces.web.panel;

import io.switchboard.application.psa.PsaLinkState;
import io.switchboard.application.psa.PsaTicketLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The panel's PSA section and badge: the open ticket's link to its PSA ticket, read once per request. */
@Named
@RequestScoped
public class PsaSection {

    @Inject
    PsaTicketLinks links;

    private final Map<Long, Optional<PsaLinkState>> read = new HashMap<>();

    /** Reads the link again on its next use: the desk has just changed it (opened in the PSA, a resource). */
    public void changed(long ticketId) {
        read.remove(ticketId);
    }

    /** The ticket's PSA link with its sync state; null when it has none. */
    public PsaLinkState of(long ticketId) {
        return read.computeIfAbsent(ticketId, links::of).orElse(null);
    }
}
