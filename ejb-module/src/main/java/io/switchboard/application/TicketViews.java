package io.switchboard.application;

import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.CommentView;
import io.switchboard.application.view.ContactRef;
import io.switchboard.application.view.ExternalView;
import io.switchboard.application.view.HistoryView;
import io.switchboard.application.view.Ref;
import io.switchboard.application.view.StatusView;
import io.switchboard.application.view.TaskView;
import io.switchboard.application.view.TicketRef;
import io.switchboard.application.view.TicketView;
import io.switchboard.application.view.TimeEntryView;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketComment;
import io.switchboard.domain.ticket.TicketHistory;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketTask;
import io.switchboard.domain.ticket.TimeEntry;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;

/** Maps entities to the records the interfaces hand out. */
@ApplicationScoped
public class TicketViews {

    @Inject
    Clock clock;

    @Inject
    SlaStanding standing;

    public TicketView of(Ticket t) {
        Instant now = clock.instant();
        return new TicketView(
                t.id(),
                t.number().toString(),
                t.version(),
                t.summary(),
                t.description(),
                t.descriptionHtml(),
                status(t.status()),
                t.status().allowedTargets().stream().map(TicketViews::status).toList(),
                t.priority(),
                t.type(),
                ref(t.category()),
                ref(t.company()),
                ref(t.contact()),
                ref(t.assignee()),
                ref(t.board()),
                t.tags().stream().sorted().toList(),
                t.watchers().stream()
                        .sorted(Comparator.comparing(Agent::displayName))
                        .map(TicketViews::ref)
                        .toList(),
                t.contactWatchers().stream()
                        .sorted(Comparator.comparing(Contact::name))
                        .map(TicketViews::ref)
                        .toList(),
                t.dueAt(),
                standing.of(t, now),
                t.isOverdue(now),
                t.firstResponseAt(),
                t.resolvedAt(),
                t.closedAt(),
                t.source(),
                t.external() == null || t.external().provider() == null
                        ? null
                        : new ExternalView(
                                t.external().provider(),
                                t.external().externalId(),
                                t.external().lastSyncedAt()),
                t.createdAt(),
                t.createdBy(),
                t.updatedAt(),
                t.updatedBy(),
                t.mergedIntoId() == null ? null : new TicketNumber(t.mergedIntoId()).toString());
    }

    public TicketRef refOf(Ticket t) {
        return new TicketRef(t.id(), t.number().toString(), t.summary(), status(t.status()));
    }

    public static StatusView status(WorkflowStatus s) {
        return new StatusView(s.key(), s.name(), s.category());
    }

    public static Ref ref(Company c) {
        return c == null ? null : new Ref(c.id(), c.name());
    }

    public static Ref ref(Board b) {
        return b == null ? null : new Ref(b.id(), b.name());
    }

    public static Ref ref(Category c) {
        return c == null ? null : new Ref(c.id(), c.name());
    }

    public static AgentRef ref(Agent a) {
        return a == null ? null : new AgentRef(a.id(), a.username(), a.displayName());
    }

    public static ContactRef ref(Contact c) {
        return c == null ? null : new ContactRef(c.id(), c.name(), c.email().value());
    }

    public static CommentView of(TicketComment c) {
        return new CommentView(
                c.id(),
                c.bodyHtml(),
                c.bodyText(),
                c.isInternal(),
                c.isSolution(),
                c.origin(),
                c.authorName(),
                c.createdAt(),
                c.to(),
                c.cc());
    }

    public static TaskView of(TicketTask t) {
        return new TaskView(
                t.id(),
                t.title(),
                ref(t.assignee()),
                t.dueAt(),
                t.isDone(),
                t.doneAt(),
                t.doneBy(),
                t.position(),
                t.version());
    }

    public static TimeEntryView of(TimeEntry e) {
        return new TimeEntryView(
                e.id(),
                ref(e.agent()),
                e.startedAt(),
                e.minutes(),
                e.billable(),
                e.workType(),
                e.note(),
                e.createdAt(),
                e.createdBy(),
                e.version());
    }

    public static HistoryView of(TicketHistory h) {
        return new HistoryView(h.id(), h.field(), h.oldValue(), h.newValue(), h.actor(), h.origin(), h.at());
    }
}
