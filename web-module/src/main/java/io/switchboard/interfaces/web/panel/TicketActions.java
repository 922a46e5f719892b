package io.switchboard.interfaces.web.panel;

import io.switchboard.application.TicketService;
import io.switchboard.application.command.TicketChanges;
import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The panel header's actions: status move, priority, assignee, summary and watchers. */
@Named
@ViewScoped
public class TicketActions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("summary", "panelForm:summaryInput");

    @Inject
    TicketService tickets;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private String statusTarget;
    private Priority priorityTarget;
    private Long assigneeTarget;
    private String summaryDraft;
    private Long watcherTarget;

    /** A ticket was opened: every choice starts from what it is. */
    void reset(TicketView ticket) {
        statusTarget = null;
        watcherTarget = null;
        follow(ticket);
    }

    /** Choices that mirror the ticket follow it; a status move the user is about to make stays if still allowed. */
    void follow(TicketView ticket) {
        priorityTarget = ticket.priority();
        assigneeTarget = ticket.assignee() == null ? null : ticket.assignee().id();
        summaryDraft = ticket.summary();
        if (statusTarget != null
                && ticket.allowedTransitions().stream().noneMatch(s -> s.key().equals(statusTarget))) {
            statusTarget = null;
        }
    }

    public void changeStatus() {
        if (statusTarget == null || statusTarget.isBlank()) {
            Feedback.error("Pick the status to move to.");
            return;
        }
        String target = statusTarget;
        if (panel.apply(
                () -> tickets.changeStatus(panel.ticketId(), panel.getLoadedVersion(), target, user.actor()), FIELDS)) {
            statusTarget = null;
            Feedback.info(panel.getTicket().number() + " is now "
                    + panel.getTicket().status().name() + ".");
        }
    }

    public void changePriority() {
        Priority target = priorityTarget;
        if (target == null || target == panel.getTicket().priority()) {
            return;
        }
        if (update(changes(Patch.unchanged(), Patch.set(target)))) {
            Feedback.info("Priority set to " + target.key() + ".");
        }
    }

    public void saveSummary() {
        String target = summaryDraft;
        if (target == null || target.strip().equals(panel.getTicket().summary())) {
            return;
        }
        if (update(changes(Patch.set(target), Patch.unchanged()))) {
            Feedback.info("Summary saved.");
        }
    }

    private boolean update(TicketChanges changes) {
        return panel.apply(
                () -> tickets.update(panel.ticketId(), panel.getLoadedVersion(), changes, user.actor()), FIELDS);
    }

    public void assignToMe() {
        Long me = user.getAgentId();
        if (me == null) {
            Feedback.error(
                    "Your login has no agent record, so nothing can be assigned to you. Ask an admin to add one.");
            return;
        }
        assigneeTarget = me;
        reassign();
    }

    public void reassign() {
        Long target = assigneeTarget;
        if (panel.apply(
                () -> tickets.assign(panel.ticketId(), panel.getLoadedVersion(), target, false, null, user.actor()),
                FIELDS)) {
            TicketView t = panel.getTicket();
            Feedback.info(
                    t.assignee() == null
                            ? "Unassigned."
                            : "Assigned to " + t.assignee().name() + ".");
        }
    }

    public void watch() {
        Long me = user.getAgentId();
        if (me == null) {
            Feedback.error("Your login has no agent record, so you cannot watch tickets.");
            return;
        }
        watcherTarget = me;
        addWatcher();
    }

    public void addWatcher() {
        if (watcherTarget == null) {
            return;
        }
        try {
            tickets.watch(panel.ticketId(), watcherTarget, user.actor());
            watcherTarget = null;
            panel.refreshAfterOwnChange();
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void unwatch(AgentRef agent) {
        try {
            tickets.unwatch(panel.ticketId(), agent.id(), user.actor());
            panel.refreshAfterOwnChange();
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public boolean isWatching() {
        Long me = user.getAgentId();
        TicketView t = panel.getTicket();
        return me != null && t != null && t.watchers().stream().anyMatch(w -> w.id() == me);
    }

    private static TicketChanges changes(Patch<String> summary, Patch<Priority> priority) {
        return new TicketChanges(
                summary,
                Patch.unchanged(),
                Patch.unchanged(),
                priority,
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged());
    }

    public String getStatusTarget() {
        return statusTarget;
    }

    public void setStatusTarget(String statusTarget) {
        this.statusTarget = statusTarget;
    }

    public Priority getPriorityTarget() {
        return priorityTarget;
    }

    public void setPriorityTarget(Priority priorityTarget) {
        this.priorityTarget = priorityTarget;
    }

    public Long getAssigneeTarget() {
        return assigneeTarget;
    }

    public void setAssigneeTarget(Long assigneeTarget) {
        this.assigneeTarget = assigneeTarget;
    }

    public String getSummaryDraft() {
        return summaryDraft;
    }

    public void setSummaryDraft(String summaryDraft) {
        this.summaryDraft = summaryDraft;
    }

    public Long getWatcherTarget() {
        return watcherTarget;
    }

    public void setWatcherTarget(Long watcherTarget) {
        this.watcherTarget = watcherTarget;
    }
}
