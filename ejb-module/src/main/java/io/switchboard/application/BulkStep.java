package io.switchboard.application;

import io.switchboard.application.command.BulkChange;
import io.switchboard.application.command.BulkTarget;
import io.switchboard.application.command.TicketChanges;
import io.switchboard.application.view.BulkResult.Item;
import io.switchboard.application.view.BulkResult.Outcome;
import io.switchboard.application.view.StatusView;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.workflow.StatusCategory;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** One ticket of a bulk action, in a transaction of its own: read, change, compare. */
@Stateless
public class BulkStep {

    @Inject
    TicketService tickets;

    @Inject
    TicketMerge merges;

    @Inject
    WorkflowRepository workflow;

    private String closedKey() {
        return workflow.statuses().stream()
                .filter(s -> s.category() == StatusCategory.CLOSED && s.isActive())
                .findFirst()
                .map(WorkflowStatus::key)
                .orElse("closed");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Item apply(BulkTarget target, BulkChange change, Actor actor) {
        String number = new TicketNumber(target.ticketId()).toString();
        TicketView before = tickets.get(target.ticketId());
        if (change.mergeIntoId() != null) {
            if (change.mergeIntoId() == target.ticketId()) {
                return new Item(number, Outcome.UNCHANGED, List.of(), "this is the ticket the others merge into");
            }
            merges.merge(target.ticketId(), change.mergeIntoId(), target.expectedVersion(), actor);
            return new Item(
                    number, Outcome.CHANGED, List.of("merged into " + new TicketNumber(change.mergeIntoId())), null);
        }
        TicketChanges changes = changes(before, change, closedKey());
        TicketView after = tickets.update(
                target.ticketId(),
                target.expectedVersion() != null ? target.expectedVersion() : Long.valueOf(before.version()),
                changes,
                actor);
        List<String> what = differences(before, after);
        return new Item(number, what.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED, what, null);
    }

    private static TicketChanges changes(TicketView t, BulkChange c, String closedKey) {
        Patch<String> status = c.status();
        if (c.close()) {
            // Close means the workflow's closed status (the first active one), reached by an allowed move.
            String closed = closedKey;
            if (t.status().category() == StatusCategory.CLOSED) {
                status = Patch.unchanged();
            } else if (t.allowedTransitions().stream().noneMatch(s -> s.key().equals(closed))) {
                throw new UnprocessableException(
                        "close",
                        "a ticket in status '" + t.status().key() + "' cannot be closed; it can move to "
                                + t.allowedTransitions().stream()
                                        .map(StatusView::key)
                                        .collect(Collectors.joining(", ")));
            } else {
                status = Patch.set(closed);
            }
        }
        Patch<Set<String>> tags = Patch.unchanged();
        if (c.addTag() != null
                && !c.addTag().isBlank()
                && !t.tags().contains(c.addTag().strip().toLowerCase(java.util.Locale.ROOT))) {
            Set<String> more = new LinkedHashSet<>(t.tags());
            more.add(c.addTag().strip());
            tags = Patch.set(more);
        }
        Long currentAssignee = t.assignee() == null ? null : t.assignee().id();
        Long currentBoard = t.board() == null ? null : t.board().id();
        return new TicketChanges(
                Patch.unchanged(),
                Patch.unchanged(),
                status.isSet() && Objects.equals(status.value(), t.status().key()) ? Patch.unchanged() : status,
                c.priority().isSet() && c.priority().value() == t.priority() ? Patch.unchanged() : c.priority(),
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged(),
                Patch.unchanged(),
                c.assigneeId().isSet() && Objects.equals(c.assigneeId().value(), currentAssignee)
                        ? Patch.unchanged()
                        : c.assigneeId(),
                c.boardId().isSet() && Objects.equals(c.boardId().value(), currentBoard)
                        ? Patch.unchanged()
                        : c.boardId(),
                tags,
                Patch.unchanged());
    }

    /** "status New → Closed", "priority medium → high", ...: what the change did to this ticket. */
    private static List<String> differences(TicketView before, TicketView after) {
        List<String> out = new ArrayList<>();
        if (!before.status().key().equals(after.status().key())) {
            out.add("status " + before.status().name() + " → " + after.status().name());
        }
        if (before.priority() != after.priority()) {
            out.add("priority " + before.priority().key() + " → "
                    + after.priority().key());
        }
        String was = before.assignee() == null ? "nobody" : before.assignee().name();
        String is = after.assignee() == null ? "nobody" : after.assignee().name();
        if (!was.equals(is)) {
            out.add("assignee " + was + " → " + is);
        }
        String boardWas = before.board() == null ? "none" : before.board().name();
        String boardIs = after.board() == null ? "none" : after.board().name();
        if (!boardWas.equals(boardIs)) {
            out.add("board " + boardWas + " → " + boardIs);
        }
        after.tags().stream().filter(tag -> !before.tags().contains(tag)).forEach(tag -> out.add("tag +" + tag));
        return out;
    }
}
