package io.switchboard.interfaces.web.panel;

import io.switchboard.application.LinkService;
import io.switchboard.application.TicketMerge;
import io.switchboard.application.TicketService;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.command.LinkRole;
import io.switchboard.application.view.LinkView;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The panel's related tickets: link, unlink and spin off a child. */
@Named
@ViewScoped
public class RelatedTab implements PanelTab, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LinkService linkService;

    @Inject
    TicketService tickets;

    @Inject
    TicketMerge merges;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private List<LinkView> links = List.of();
    private String linkNumber;
    private LinkRole linkRole = LinkRole.RELATED;
    private String spinOffSummary;
    private String mergeInto;

    @Override
    public void reset() {
        linkNumber = null;
        linkRole = LinkRole.RELATED;
        spinOffSummary = null;
        mergeInto = null;
    }

    @Override
    public void load(long ticketId) {
        links = linkService.list(ticketId);
    }

    public void link() {
        panel.showTab(TicketPanel.RELATED);
        try {
            linkService.link(panel.ticketId(), TicketNumber.parse(linkNumber).id(), linkRole, user.actor());
            linkNumber = null;
            panel.refreshAfterOwnChange();
            Feedback.info("Linked.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of("ticket", "panelForm:tabs:linkNumber"));
        }
    }

    public void unlink(LinkView link) {
        panel.showTab(TicketPanel.RELATED);
        try {
            linkService.unlink(panel.ticketId(), link.id(), user.actor());
            panel.refreshAfterOwnChange();
            Feedback.info("Unlinked " + link.ticket().number() + ".");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void spinOff() {
        panel.showTab(TicketPanel.RELATED);
        TicketView parent = panel.getTicket();
        try {
            TicketView child = tickets.spinOff(
                    parent.id(),
                    new CreateTicket(
                            spinOffSummary,
                            null,
                            parent.priority(),
                            parent.type(),
                            null,
                            null,
                            null,
                            user.getAgentId(),
                            null,
                            null,
                            null,
                            null),
                    user.actor());
            spinOffSummary = null;
            panel.refreshAfterOwnChange();
            Feedback.info("Spun off " + child.number() + ".");
        } catch (DomainException e) {
            Feedback.error(e, Map.of("summary", "panelForm:tabs:spinOffSummary"));
        }
    }

    /** Merges the open ticket into the one named; the panel then shows the survivor. */
    public void merge() {
        panel.showTab(TicketPanel.RELATED);
        String merged = panel.getTicket().number();
        try {
            long into = TicketNumber.parse(mergeInto == null ? "" : mergeInto.strip())
                    .id();
            TicketView survivor = merges.merge(panel.ticketId(), into, panel.getLoadedVersion(), user.actor());
            mergeInto = null;
            panel.open(survivor.id());
            Feedback.info(merged + " was merged into " + survivor.number() + ".");
        } catch (StaleVersionException e) {
            panel.conflicted();
            Feedback.warn(
                    "Someone else changed this ticket since you opened it.",
                    "Nothing was merged. Reload and try again.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of("into", "panelForm:tabs:mergeInto", "ticket", "panelForm:tabs:mergeInto"));
        }
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public List<LinkView> getLinks() {
        return links;
    }

    public LinkRole[] getLinkRoles() {
        return LinkRole.values();
    }

    public String getLinkNumber() {
        return linkNumber;
    }

    public void setLinkNumber(String linkNumber) {
        this.linkNumber = linkNumber;
    }

    public LinkRole getLinkRole() {
        return linkRole;
    }

    public void setLinkRole(LinkRole linkRole) {
        this.linkRole = linkRole;
    }

    public String getSpinOffSummary() {
        return spinOffSummary;
    }

    public void setSpinOffSummary(String spinOffSummary) {
        this.spinOffSummary = spinOffSummary;
    }
}
