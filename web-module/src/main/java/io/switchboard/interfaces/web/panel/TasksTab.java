package io.switchboard.interfaces.web.panel;

import io.switchboard.application.TaskService;
import io.switchboard.application.command.AddTask;
import io.switchboard.application.command.ReviseTask;
import io.switchboard.application.view.TaskView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.interfaces.web.Feedback;
import io.switchboard.interfaces.web.PortalUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The panel's sub-tasks: tick them off, add new ones. */
@Named
@ViewScoped
public class TasksTab implements PanelTab, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskService taskService;

    @Inject
    TicketPanel panel;

    @Inject
    PortalUser user;

    private List<TaskView> tasks = List.of();
    private String taskTitle;

    @Override
    public void reset() {
        taskTitle = null;
    }

    @Override
    public void load(long ticketId) {
        tasks = taskService.list(ticketId);
    }

    public void toggleTask(TaskView task) {
        panel.showTab(TicketPanel.TASKS);
        try {
            taskService.revise(
                    panel.ticketId(),
                    task.id(),
                    task.version(),
                    new ReviseTask(Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.set(!task.done())),
                    user.actor());
            panel.refreshAfterOwnChange();
        } catch (StaleVersionException e) {
            panel.conflicted();
            Feedback.warn("Someone else changed this task.", "Reload the ticket to see the latest, then try again.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void addTask() {
        panel.showTab(TicketPanel.TASKS);
        try {
            taskService.add(panel.ticketId(), new AddTask(taskTitle, null, null), user.actor());
            taskTitle = null;
            panel.refreshAfterOwnChange();
        } catch (DomainException e) {
            Feedback.error(e, Map.of("title", "panelForm:tabs:taskTitle"));
        }
    }

    public List<TaskView> getTasks() {
        return tasks;
    }

    public long getOpenTasks() {
        return tasks.stream().filter(t -> !t.done()).count();
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }
}
