package io.switchboard.application;

import io.switchboard.application.command.AddTask;
import io.switchboard.application.command.ReviseTask;
import io.switchboard.application.view.TaskView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.ticket.TaskRepository;
import io.switchboard.domain.ticket.TaskRevision;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.ticket.TicketTask;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** The checklist of sub-tasks on a ticket. */
@Stateless
public class TaskService {

    @Inject
    TicketRepository tickets;

    @Inject
    TaskRepository tasks;

    @Inject
    References refs;

    @Inject
    Clock clock;

    public TaskView add(long ticketId, AddTask command, Actor actor) {
        Ticket ticket = tickets.lock(ticketId);
        TicketTask task = tasks.add(ticket.addTask(
                command.title(),
                refs.agent(command.assigneeId(), "assigneeId"),
                command.dueAt(),
                tasks.nextPosition(ticketId),
                actor,
                clock));
        tickets.store(ticket);
        return TicketViews.of(task);
    }

    public TaskView revise(long ticketId, long taskId, Long expectedVersion, ReviseTask command, Actor actor) {
        Ticket ticket = tickets.lock(ticketId);
        TicketTask task = find(ticketId, taskId);
        if (expectedVersion != null && expectedVersion != task.version()) {
            throw new StaleVersionException("Task " + taskId, expectedVersion, task.version());
        }
        ticket.reviseTask(
                task,
                new TaskRevision(
                        command.title(),
                        command.assigneeId().map(id -> refs.agent(id, "assigneeId")),
                        command.dueAt(),
                        command.done()),
                actor,
                clock);
        tickets.store(ticket);
        tasks.flush();
        return TicketViews.of(task);
    }

    public void remove(long ticketId, long taskId, Actor actor) {
        Ticket ticket = tickets.lock(ticketId);
        TicketTask task = find(ticketId, taskId);
        ticket.removeTask(task, actor, clock);
        tasks.remove(task);
        tickets.store(ticket);
    }

    public List<TaskView> list(long ticketId) {
        tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        return tasks.forTicket(ticketId).stream().map(TicketViews::of).toList();
    }

    private TicketTask find(long ticketId, long taskId) {
        return tasks.find(ticketId, taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }
}
