package io.switchboard.interfaces.web;

import io.switchboard.application.TicketService;
import io.switchboard.application.live.ChangeFeed;
import io.switchboard.application.live.Replying;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.interfaces.web.panel.TicketPanel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Keeps a page current without a reload: every few seconds the page asks whether any ticket
 * changed (one indexed MAX over the outbox) and, if so, refreshes its list or cards; the open
 * panel follows its ticket's version, and says who else is writing a reply on it.
 */
@Named
@ViewScoped
public class LiveUpdates implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How often the page asks, in seconds (portal.js waits this long after each answer). */
    public static final int INTERVAL = 4;

    @Inject
    ChangeFeed feed;

    @Inject
    Replying replying;

    @Inject
    TicketService tickets;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private Long seen;

    /**
     * Where the feed stood when the page was drawn (the page reads this while rendering): a change
     * made before the first question, 4 s later, is then news too instead of the starting point.
     */
    public long getSince() {
        if (seen == null) {
            seen = feed.latest();
        }
        return seen;
    }

    public void check() {
        long latest = feed.latest();
        boolean changed = seen != null && latest != seen;
        seen = latest;
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("changed", changed);
        if (panel.isOpen()) {
            long id = panel.getTicket().id();
            if (changed) {
                try {
                    ajax.addCallbackParam("ticketChanged", tickets.get(id).version() != panel.getLoadedVersion());
                } catch (NotFoundException e) {
                    ajax.addCallbackParam("ticketChanged", true);
                }
            }
            List<String> others = replying.others(id, user.getLogin());
            ajax.addCallbackParam(
                    "replying",
                    others.isEmpty()
                            ? ""
                            : String.join(", ", others) + (others.size() == 1 ? " is" : " are") + " replying…");
        }
    }

    /** The user is typing in the open ticket's composer. */
    public void typing() {
        if (panel.isOpen()) {
            replying.typing(panel.getTicket().id(), user.getLogin(), user.getDisplayName());
        }
    }

    public int getInterval() {
        return INTERVAL;
    }
}
