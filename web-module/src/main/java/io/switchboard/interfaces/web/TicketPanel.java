package io.switchboard.interfaces.web;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.CommentService;
import io.switchboard.application.LinkService;
import io.switchboard.application.TaskService;
import io.switchboard.application.TicketQueries;
import io.switchboard.application.TicketService;
import io.switchboard.application.command.AddComment;
import io.switchboard.application.command.AddTask;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.command.LinkRole;
import io.switchboard.application.command.ReviseTask;
import io.switchboard.application.command.TicketChanges;
import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.AttachmentView;
import io.switchboard.application.view.CommentView;
import io.switchboard.application.view.HistoryView;
import io.switchboard.application.view.LinkView;
import io.switchboard.application.view.StatusView;
import io.switchboard.application.view.TaskView;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketNumber;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The slide-out ticket detail. It keeps the version the user loaded: every change of the
 * ticket's fields is sent with it, so a change made meanwhile by someone else is reported
 * ("someone else changed this ticket") instead of being overwritten, and what the user typed or
 * picked stays in the panel.
 */
@Named
@ViewScoped
public class TicketPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketPanel.class.getName());
    static final int HISTORY_PAGE = 100;

    @Inject
    TicketService tickets;

    @Inject
    TicketQueries queries;

    @Inject
    CommentService comments;

    @Inject
    TaskService taskService;

    @Inject
    LinkService linkService;

    @Inject
    AttachmentService attachmentService;

    @Inject
    PortalUser user;

    private TicketView ticket;
    private long loadedVersion;
    private boolean conflict;
    private List<CommentView> notes = List.of();
    private List<TaskView> tasks = List.of();
    private List<LinkView> links = List.of();
    private List<AttachmentView> attachments = List.of();
    private List<HistoryView> history = List.of();
    private long historyCount;

    private String statusTarget;
    private Priority priorityTarget;
    private Long assigneeTarget;
    private String summaryDraft;
    private String noteText;
    private String noteKind = "reply";
    private boolean solution;
    private String taskTitle;
    private String linkNumber;
    private LinkRole linkRole = LinkRole.RELATED;
    private String spinOffSummary;
    private Long watcherTarget;
    /** The tab the user is on: kept across the panel's re-renders. */
    private int activeTab;

    /** Opens the ticket named by the request parameter {@code ticket} (an id or TKT-number). */
    public void openFromRequest() {
        String ref = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ticket");
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
        statusTarget = null;
        priorityTarget = ticket.priority();
        assigneeTarget = ticket.assignee() == null ? null : ticket.assignee().id();
        summaryDraft = ticket.summary();
        noteText = null;
        noteKind = "reply";
        solution = false;
        taskTitle = null;
        linkNumber = null;
        spinOffSummary = null;
        activeTab = 0;
        loadParts();
    }

    /** Reads the ticket again, keeping whatever the user has typed or picked. */
    public void reload() {
        if (ticket == null) {
            return;
        }
        try {
            ticket = tickets.get(ticket.id());
        } catch (NotFoundException e) {
            Feedback.error(e.getMessage());
            ticket = null;
            return;
        }
        loadedVersion = ticket.version();
        conflict = false;
        // Choices that mirror the ticket follow it; what the user typed or is about to do stays.
        priorityTarget = ticket.priority();
        assigneeTarget = ticket.assignee() == null ? null : ticket.assignee().id();
        summaryDraft = ticket.summary();
        if (statusTarget != null && ticket.allowedTransitions().stream().noneMatch(s -> s.key().equals(statusTarget))) {
            statusTarget = null;
        }
        loadParts();
    }

    private void loadParts() {
        long id = ticket.id();
        notes = comments.list(id, true);
        tasks = taskService.list(id);
        links = linkService.list(id);
        attachments = attachmentService.list(id);
        historyCount = queries.historyCount(id);
        history = queries.history(id, 1, HISTORY_PAGE);
    }

    public void changeStatus() {
        if (statusTarget == null || statusTarget.isBlank()) {
            Feedback.error("Pick the status to move to.");
            return;
        }
        String target = statusTarget;
        if (apply(() -> tickets.changeStatus(ticket.id(), loadedVersion, target, user.actor()))) {
            statusTarget = null;
            Feedback.info(ticket.number() + " is now " + ticket.status().name() + ".");
        }
    }

    public void changePriority() {
        Priority target = priorityTarget;
        if (target == null || target == ticket.priority()) {
            return;
        }
        if (apply(() -> tickets.update(ticket.id(), loadedVersion, changes(Patch.unchanged(), Patch.set(target)), user.actor()))) {
            Feedback.info("Priority set to " + target.key() + ".");
        }
    }

    public void saveSummary() {
        String target = summaryDraft;
        if (target == null || target.strip().equals(ticket.summary())) {
            return;
        }
        if (apply(() -> tickets.update(ticket.id(), loadedVersion, changes(Patch.set(target), Patch.unchanged()), user.actor()))) {
            Feedback.info("Summary saved.");
        }
    }

    public void assignToMe() {
        Long me = user.getAgentId();
        if (me == null) {
            Feedback.error("Your login has no agent record, so nothing can be assigned to you. Ask an admin to add one.");
            return;
        }
        assigneeTarget = me;
        reassign();
    }

    public void reassign() {
        Long target = assigneeTarget;
        if (apply(() -> tickets.assign(ticket.id(), loadedVersion, target, false, null, user.actor()))) {
            Feedback.info(ticket.assignee() == null ? "Unassigned." : "Assigned to " + ticket.assignee().name() + ".");
        }
    }

    public void addNote() {
        activeTab = 0;
        boolean internal = "note".equals(noteKind);
        try {
            comments.addByStaff(ticket.id(), new AddComment(noteText, false, internal, solution && !internal), user.actor());
            noteText = null;
            solution = false;
            refreshAfterOwnChange();
            Feedback.info(internal ? "Internal note added." : "Reply added.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of("body", "panelForm:tabs:noteText", "solution", "panelForm:tabs:solution"));
        }
    }

    public void toggleTask(TaskView task) {
        activeTab = 1;
        try {
            taskService.revise(ticket.id(), task.id(), task.version(),
                    new ReviseTask(Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.set(!task.done())), user.actor());
            refreshAfterOwnChange();
        } catch (StaleVersionException e) {
            conflict = true;
            Feedback.warn("Someone else changed this task.", "Reload the ticket to see the latest, then try again.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void addTask() {
        activeTab = 1;
        try {
            taskService.add(ticket.id(), new AddTask(taskTitle, null, null), user.actor());
            taskTitle = null;
            refreshAfterOwnChange();
        } catch (DomainException e) {
            Feedback.error(e, Map.of("title", "panelForm:tabs:taskTitle"));
        }
    }

    public void link() {
        activeTab = 2;
        try {
            linkService.link(ticket.id(), TicketNumber.parse(linkNumber).id(), linkRole, user.actor());
            linkNumber = null;
            refreshAfterOwnChange();
            Feedback.info("Linked.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of("ticket", "panelForm:tabs:linkNumber"));
        }
    }

    public void unlink(LinkView link) {
        activeTab = 2;
        try {
            linkService.unlink(ticket.id(), link.id(), user.actor());
            refreshAfterOwnChange();
            Feedback.info("Unlinked " + link.ticket().number() + ".");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void spinOff() {
        activeTab = 2;
        try {
            TicketView child = tickets.spinOff(ticket.id(), new CreateTicket(spinOffSummary, null, ticket.priority(), ticket.type(), null,
                    null, null, user.getAgentId(), null, null, null, null), user.actor());
            spinOffSummary = null;
            refreshAfterOwnChange();
            Feedback.info("Spun off " + child.number() + ".");
        } catch (DomainException e) {
            Feedback.error(e, Map.of("summary", "panelForm:tabs:spinOffSummary"));
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
            tickets.watch(ticket.id(), watcherTarget, user.actor());
            watcherTarget = null;
            refreshAfterOwnChange();
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void unwatch(AgentRef agent) {
        try {
            tickets.unwatch(ticket.id(), agent.id(), user.actor());
            refreshAfterOwnChange();
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void upload(FileUploadEvent event) {
        activeTab = 3;
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachmentService.maxBytes() + 1));
            attachmentService.upload(ticket.id(), file.getFileName(), content, user.actor());
            refreshAfterOwnChange();
            Feedback.info("Attached " + file.getFileName() + ".");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        } catch (IOException e) {
            Feedback.error("The upload did not arrive completely; try again.");
        }
    }

    public boolean isWatching() {
        Long me = user.getAgentId();
        return me != null && ticket != null && ticket.watchers().stream().anyMatch(w -> w.id() == me);
    }

    public long getMaxUploadBytes() {
        return attachmentService.maxBytes();
    }

    /** A change the user made themselves: the panel shows the ticket as it now is. */
    private void refreshAfterOwnChange() {
        ticket = tickets.get(ticket.id());
        loadedVersion = ticket.version();
        conflict = false;
        loadParts();
    }

    private interface Change {
        TicketView run();
    }

    /** Runs a change of the ticket's own fields against the loaded version; false when it did not happen. */
    private boolean apply(Change change) {
        try {
            ticket = change.run();
            loadedVersion = ticket.version();
            conflict = false;
            loadParts();
            return true;
        } catch (StaleVersionException e) {
            conflict = true;
            FacesContext.getCurrentInstance().validationFailed();
            Feedback.warn("Someone else changed this ticket since you opened it.",
                    "Your change was not applied and nothing was overwritten. Reload to see their change; what you entered is kept.");
            return false;
        } catch (DomainException e) {
            Feedback.error(e, Map.of("summary", "panelForm:summaryInput"));
            return false;
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Ticket change failed", e);
            Feedback.error("That did not work because of a problem on the server. Try again in a moment.");
            return false;
        }
    }

    private static TicketChanges changes(Patch<String> summary, Patch<Priority> priority) {
        return new TicketChanges(summary, Patch.unchanged(), Patch.unchanged(), priority, Patch.unchanged(), Patch.unchanged(),
                Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged());
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

    public List<CommentView> getNotes() {
        return notes;
    }

    public List<TaskView> getTasks() {
        return tasks;
    }

    public long getOpenTasks() {
        return tasks.stream().filter(t -> !t.done()).count();
    }

    public List<LinkView> getLinks() {
        return links;
    }

    public List<AttachmentView> getAttachments() {
        return attachments;
    }

    public List<HistoryView> getHistory() {
        return history;
    }

    public long getHistoryCount() {
        return historyCount;
    }

    public LinkRole[] getLinkRoles() {
        return LinkRole.values();
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

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getNoteKind() {
        return noteKind;
    }

    public void setNoteKind(String noteKind) {
        this.noteKind = noteKind;
    }

    public boolean isSolution() {
        return solution;
    }

    public void setSolution(boolean solution) {
        this.solution = solution;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
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

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = Math.max(0, Math.min(4, activeTab));
    }

    public Long getWatcherTarget() {
        return watcherTarget;
    }

    public void setWatcherTarget(Long watcherTarget) {
        this.watcherTarget = watcherTarget;
    }
}
