package io.switchboard.interfaces.web.panel;

import io.switchboard.application.TicketService;
import io.switchboard.application.view.StatusView;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.interfaces.web.Feedback;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The slide-out ticket detail. It keeps the version the user loaded: every change of the
 * ticket's fields is sent with it, so a change made meanwhile by someone else is reported
 * ("someone else changed this ticket") instead of being overwritten, and what the user typed or
 * picked stays in the panel. The header's actions are {@link TicketActions}; each tab is its own bean.
 */
@Named
@ViewScoped
public class TicketPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketPanel.class.getName());

    static final int CONVERSATION = 0;
    static final int TASKS = 1;
    static final int RELATED = 2;
    static final int FILES = 3;
    static final int TIME = 4;
    static final int HISTORY = 5;

    @Inject
    TicketService tickets;

    @Inject
    TicketActions actions;

    @Inject
    TicketDetails details;

    @Inject
    ConversationTab conversation;

    @Inject
    TasksTab tasks;

    @Inject
    RelatedTab related;

    @Inject
    FilesTab files;

    @Inject
    TimeTab time;

    @Inject
    HistoryTab history;

    private TicketView ticket;
    private long loadedVersion;
    private boolean conflict;
    /** The tab the user is on: kept across the panel's re-renders. */
    private int activeTab;

    /** Opens the ticket named by the request parameter {@code ticket} (an id or TKT-number). */
    public void openFromRequest() {
        String ref = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("ticket");
        if (ref == null || ref.isBlank()) {
            return;
        }
        try {
            open(TicketNumber.parse(ref).id());
        } catch (InvalidInputException e) {
            Feedback.error("There is no ticket " + ref + ".");
        }
    }

    public void open(long id) {
        try {
            ticket = tickets.get(id);
        } catch (NotFoundException e) {
            ticket = null;
            Feedback.error(e.getMessage());
            return;
        }
        loadedVersion = ticket.version();
        conflict = false;
        activeTab = CONVERSATION;
        actions.reset(ticket);
        details.reset();
        for (PanelTab tab : tabs()) {
            tab.reset();
        }
        loadTabs();
    }

    /** Reads the ticket again, keeping whatever the user has typed or picked. */
    public void reload() {
        if (ticket == null) {
            return;
        }
        try {
            show(tickets.get(ticket.id()));
        } catch (NotFoundException e) {
            Feedback.error(e.getMessage());
            ticket = null;
        }
    }

    /** A change the user made themselves: the panel shows the ticket as it now is. */
    void refreshAfterOwnChange() {
        show(tickets.get(ticket.id()));
    }

    /** A stale version was refused: the panel says so and keeps the input. */
    void conflicted() {
        conflict = true;
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Runs a change of the ticket's own fields against the loaded version; false when it did not
     * happen. {@code fields} maps the domain's field names to the inputs that show their errors.
     */
    boolean apply(Supplier<TicketView> change, Map<String, String> fields) {
        try {
            show(change.get());
            return true;
        } catch (StaleVersionException e) {
            conflicted();
            Feedback.warn(
                    "Someone else changed this ticket since you opened it.",
                    "Your change was not applied and nothing was overwritten. Reload to see their change; what you entered is kept.");
            return false;
        } catch (DomainException e) {
            Feedback.error(e, fields);
            return false;
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Ticket change failed", e);
            Feedback.error("That did not work because of a problem on the server. Try again in a moment.");
            return false;
        }
    }

    private void show(TicketView current) {
        ticket = current;
        loadedVersion = current.version();
        conflict = false;
        actions.follow(current);
        loadTabs();
    }

    private void loadTabs() {
        for (PanelTab tab : tabs()) {
            tab.load(ticket.id());
        }
    }

    private List<PanelTab> tabs() {
        return List.of(conversation, tasks, related, files, time, history);
    }

    void showTab(int tab) {
        activeTab = tab;
    }

    long ticketId() {
        return ticket.id();
    }

    public boolean isOpen() {
        return ticket != null;
    }

    public TicketView getTicket() {
        return ticket;
    }

    public long getLoadedVersion() {
        return loadedVersion;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<StatusView> getTransitions() {
        return ticket == null ? List.of() : ticket.allowedTransitions();
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = Math.max(CONVERSATION, Math.min(HISTORY, activeTab));
    }
}
