package io.switchboard.application;

import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.command.ImportTicket;
import io.switchboard.application.view.ImportResult;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.sla.SlaPolicy;
import io.switchboard.domain.sla.SlaPolicyRepository;
import io.switchboard.domain.ticket.NewTicket;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports tickets with their past in one transaction per batch. Each ticket goes through the
 * aggregate like any other (workflow, SLA, history, counts), but imports notify nobody: the
 * events of a past that already happened are dropped instead of going to the outbox.
 */
@Stateless
public class TicketImport {

    public static final int MAX_BATCH = 1000;

    @Inject
    TicketRepository tickets;

    @Inject
    WorkflowRepository workflow;

    @Inject
    SlaPolicyRepository slaPolicies;

    @Inject
    References refs;

    @Inject
    Clock clock;

    @Inject
    PastChanges pastChanges;

    public ImportResult importAll(List<ImportTicket> batch, Actor actor) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new InvalidInputException("tickets", "must hold 1 to " + MAX_BATCH + " tickets");
        }
        WorkflowStatus initial = workflow.initial();
        Map<String, List<WorkflowStatus>> paths = new HashMap<>();
        Map<Priority, SlaPolicy> policies = new EnumMap<>(Priority.class);
        slaPolicies.all().forEach(p -> policies.put(p.priority(), p));
        List<Ticket> built = new ArrayList<>();
        for (ImportTicket item : batch) {
            built.add(build(item, initial, paths, policies, actor));
        }
        tickets.addAll(built);
        pastChanges.rewritten(); // every server counts the finished days again

        return new ImportResult(
                built.size(),
                built.get(0).number().toString(),
                built.get(built.size() - 1).number().toString());
    }

    private Ticket build(
            ImportTicket item,
            WorkflowStatus initial,
            Map<String, List<WorkflowStatus>> paths,
            Map<Priority, SlaPolicy> policies,
            Actor actor) {
        Instant created = item.createdAt() == null ? clock.instant() : item.createdAt();
        if (created.isAfter(clock.instant())) {
            throw new InvalidInputException("createdAt", "must not be in the future");
        }
        CreateTicket c = item.ticket();
        NewTicket spec = refs.newTicket(c);
        Ticket t = Ticket.open(spec, initial, policies.get(c.priority()), actor, Clock.fixed(created, ZoneOffset.UTC));
        if (item.status() != null && !item.status().equals(initial.key())) {
            List<WorkflowStatus> path = paths.computeIfAbsent(item.status(), target -> path(initial, target));
            Instant done = item.resolvedAt() == null ? created : item.resolvedAt();
            if (done.isBefore(created)) {
                throw new InvalidInputException("resolvedAt", "must not be before createdAt");
            }
            for (WorkflowStatus step : path) {
                Instant at = step.category().isDone() ? done : created;
                t.transitionTo(step, actor, Clock.fixed(at, ZoneOffset.UTC));
            }
        }
        t.discardEvents(); // a past that already happened notifies nobody
        return t;
    }

    /** The shortest walk through the workflow from the initial status to the target. */
    private List<WorkflowStatus> path(WorkflowStatus initial, String targetKey) {
        WorkflowStatus target = workflow.byKey(targetKey)
                .orElseThrow(() -> new InvalidInputException(
                        "status",
                        "must be one of: "
                                + String.join(
                                        ", ",
                                        workflow.statuses().stream()
                                                .map(WorkflowStatus::key)
                                                .toList())));
        Map<WorkflowStatus, WorkflowStatus> cameFrom = new HashMap<>();
        Deque<WorkflowStatus> queue = new ArrayDeque<>(List.of(initial));
        cameFrom.put(initial, initial);
        while (!queue.isEmpty()) {
            WorkflowStatus at = queue.poll();
            if (at.equals(target)) {
                List<WorkflowStatus> path = new ArrayList<>();
                for (WorkflowStatus s = target; !s.equals(initial); s = cameFrom.get(s)) {
                    path.add(0, s);
                }
                return path;
            }
            for (WorkflowStatus next : at.allowedTargets()) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        throw new InvalidInputException(
                "status", "'" + targetKey + "' cannot be reached from '" + initial.key() + "' in the workflow");
    }
}
