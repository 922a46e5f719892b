package io.switchboard.interfaces.web.panel;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.TicketQueries;
import io.switchboard.application.WorkflowService;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.application.view.HistoryView;
import io.switchboard.application.view.WorkflowView;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The panel's audit trail: the first hundred changes, however long the ticket's life, with
 * logins shown as names and status, priority and type keys as their labels.
 */
@Named
@ViewScoped
public class HistoryTab implements PanelTab, Serializable {

    private static final long serialVersionUID = 1L;
    static final int HISTORY_PAGE = 100;
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("created", "Created"),
            Map.entry("status", "Status"),
            Map.entry("priority", "Priority"),
            Map.entry("assignee", "Assignee"),
            Map.entry("summary", "Summary"),
            Map.entry("description", "Description"),
            Map.entry("type", "Type"),
            Map.entry("category", "Category"),
            Map.entry("company", "Company"),
            Map.entry("contact", "Requester"),
            Map.entry("board", "Board"),
            Map.entry("tags", "Tags"),
            Map.entry("dueAt", "Due"),
            Map.entry("comment", "Conversation"),
            Map.entry("task", "Task"),
            Map.entry("link", "Link"),
            Map.entry("attachment", "File"),
            Map.entry("watcher", "Watcher"),
            Map.entry("deleted", "Deleted"));

    @Inject
    TicketQueries queries;

    @Inject
    WorkflowService workflow;

    @Inject
    DirectoryService directory;

    private List<HistoryLine> history = List.of();
    private long historyCount;

    @Override
    public void reset() {
        // read only
    }

    @Override
    public void load(long ticketId) {
        historyCount = queries.historyCount(ticketId);
        Map<String, String> statuses = workflow.workflow().statuses().stream()
                .collect(Collectors.toMap(WorkflowView.Status::key, WorkflowView.Status::name, (a, b) -> a));
        Map<String, String> agents = directory.agents().stream()
                .collect(Collectors.toMap(AgentView::username, AgentView::name, (a, b) -> a));
        history = queries.history(ticketId, 1, HISTORY_PAGE).stream()
                .map(h -> line(h, statuses, agents))
                .toList();
    }

    private static HistoryLine line(HistoryView h, Map<String, String> statuses, Map<String, String> agents) {
        return new HistoryLine(
                h.at(),
                agents.getOrDefault(h.actor(), h.actor()),
                FIELDS.getOrDefault(h.field(), Feedback.capitalise(h.field())),
                value(h.field(), h.oldValue(), statuses),
                value(h.field(), h.newValue(), statuses));
    }

    private static String value(String field, String value, Map<String, String> statuses) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (field) {
            case "status" -> statuses.getOrDefault(value, value);
            case "priority", "type" -> Feedback.capitalise(value.replace('_', ' '));
            default -> value;
        };
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public long getHistoryCount() {
        return historyCount;
    }
}
