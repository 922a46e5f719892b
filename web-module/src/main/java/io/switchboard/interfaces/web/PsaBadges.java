package io.switchboard.interfaces.web;

import io.switchboard.application.psa.PsaBadge;
import io.switchboard.application.psa.PsaTicketLinks;
import io.switchboard.application.view.TicketListItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The PSA badges of the ticket list's rows: one query for the page shown, on its first row. */
@Named
@RequestScoped
public class PsaBadges {

    @Inject
    PsaTicketLinks links;

    @Inject
    TicketList list;

    private Map<Long, PsaBadge> badges;

    /** The badge of a ticket on the page; null when it is not linked to a PSA ticket. */
    public PsaBadge of(long ticketId) {
        if (badges == null) {
            badges = links.badges(
                    list.getPage().items().stream().map(TicketListItem::id).toList());
        }
        return badges.get(ticketId);
    }
}
