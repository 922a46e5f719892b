package io.switchboard.application;

import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.command.TicketChanges;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.sla.SlaPolicyRepository;
import io.switchboard.domain.ticket.LinkRepository;
import io.switchboard.domain.ticket.LinkType;
import io.switchboard.domain.ticket.NewTicket;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** The ticket lifecycle: open, edit, move through the workflow, assign, watch, delete, spin off. */
@Stateless
public class TicketService {

    @Inject
    TicketRepository tickets;

    @Inject
    LinkRepository links;

    @Inject
    WorkflowRepository workflow;

    @Inject
    SlaPolicyRepository slaPolicies;

    @Inject
    References refs;

    @Inject
    TicketViews views;

    @Inject
    Clock clock;

    public TicketView create(CreateTicket command, Actor actor) {
        return views.of(open(command, actor));
    }

    private Ticket open(CreateTicket c, Actor actor) {
        NewTicket spec = refs.newTicket(c);
        Ticket ticket =
                tickets.add(Ticket.open(spec, workflow.initial(), slaPolicies.forPriority(c.priority()), actor, clock));
        if (!c.watcherIds().isEmpty()) {
            c.watcherIds().forEach(id -> ticket.watch(refs.agent(id, "watcherIds"), actor, clock));
            tickets.store(ticket);
        }
        return ticket;
    }

    public TicketView get(long id) {
        return views.of(tickets.find(id).orElseThrow(() -> notFound(id)));
    }

    /** Applies every field that is set, all or nothing. {@code expectedVersion} null skips the check. */
    public TicketView update(long id, Long expectedVersion, TicketChanges changes, Actor actor) {
        Ticket t = lock(id, expectedVersion);
        changes.summary().ifSet(s -> t.retitle(s, actor, clock));
        changes.description().ifSet(d -> t.describe(d, actor, clock));
        changes.type().ifSet(type -> t.retype(required(type, "type"), actor, clock));
        changes.priority()
                .ifSet(p -> t.reprioritise(required(p, "priority"), slaPolicies.forPriority(p), actor, clock));
        changes.categoryId().ifSet(cat -> t.categorise(refs.category(cat), actor, clock));
        changes.boardId().ifSet(b -> t.moveToBoard(refs.board(b), actor, clock));
        if (changes.companyId().isSet() || changes.contactId().isSet()) {
            Company company = changes.companyId().isSet()
                    ? refs.company(changes.companyId().value())
                    : t.company();
            Contact contact = changes.contactId().isSet()
                    ? refs.contact(changes.contactId().value())
                    : t.contact();
            if (changes.companyId().isSet()
                    && !changes.contactId().isSet()
                    && contact != null
                    && contact.company() != null
                    && (company == null || !contact.belongsTo(company))) {
                contact = null; // moving a ticket to another company drops a requester who works elsewhere
            }
            t.changeRequester(company, contact, actor, clock);
        }
        changes.tags().ifSet(tags -> t.retag(tags, actor, clock));
        changes.dueAt().ifSet(due -> t.dueBy(due, actor, clock));
        changes.assigneeId().ifSet(a -> t.assignTo(refs.agent(a, "assigneeId"), actor, clock));
        changes.status().ifSet(s -> t.transitionTo(status(required(s, "status")), actor, clock));
        tickets.store(t);
        return views.of(t);
    }

    public TicketView changeStatus(long id, Long expectedVersion, String statusKey, Actor actor) {
        Ticket t = lock(id, expectedVersion);
        t.transitionTo(status(statusKey), actor, clock);
        tickets.store(t);
        return views.of(t);
    }

    /** Assigns to an agent (null unassigns), optionally moving the ticket to another board in the same step. */
    public TicketView assign(
            long id, Long expectedVersion, Long agentId, boolean moveBoard, Long boardId, Actor actor) {
        Ticket t = lock(id, expectedVersion);
        if (moveBoard) {
            t.moveToBoard(refs.board(boardId), actor, clock);
        }
        t.assignTo(refs.agent(agentId, "assigneeId"), actor, clock);
        tickets.store(t);
        return views.of(t);
    }

    public TicketView watch(long id, long agentId, Actor actor) {
        Ticket t = tickets.lock(id);
        t.watch(refs.agent(agentId, "agentId"), actor, clock);
        tickets.store(t);
        return views.of(t);
    }

    public TicketView unwatch(long id, long agentId, Actor actor) {
        Ticket t = tickets.lock(id);
        t.unwatch(refs.agent(agentId, "agentId"), actor, clock);
        tickets.store(t);
        return views.of(t);
    }

    public void delete(long id, Long expectedVersion, Actor actor) {
        Ticket t = lock(id, expectedVersion);
        t.delete(actor, clock);
        tickets.store(t);
    }

    /** Deleted tickets, most recently deleted first. */
    public List<TicketView> deleted(int page, int pageSize) {
        return tickets.deleted((page - 1) * pageSize, pageSize).stream()
                .map(views::of)
                .toList();
    }

    public TicketView restore(long id, Actor actor) {
        Ticket t = tickets.lockIncludingDeleted(id);
        t.restore(actor, clock);
        tickets.store(t);
        return views.of(t);
    }

    /** A child ticket that inherits company, contact, board and category from its parent. */
    public TicketView spinOff(long parentId, CreateTicket command, Actor actor) {
        Ticket parent = tickets.lock(parentId);
        CreateTicket inherited = new CreateTicket(
                command.summary(),
                command.description(),
                command.priority(),
                command.type(),
                command.categoryId() != null ? command.categoryId() : idOf(parent.category()),
                parent.company() == null ? null : parent.company().id(),
                parent.contact() == null ? null : parent.contact().id(),
                command.assigneeId(),
                parent.board() == null ? null : parent.board().id(),
                command.tags(),
                command.dueAt(),
                command.watcherIds());
        Ticket child = open(inherited, actor);
        links.add(parent.linkTo(child, LinkType.PARENT, actor, clock));
        tickets.store(parent);
        tickets.store(child);
        return views.of(child);
    }

    private static Long idOf(Category category) {
        return category == null ? null : category.id();
    }

    private Ticket lock(long id, Long expectedVersion) {
        Ticket t = tickets.lock(id);
        if (expectedVersion != null && expectedVersion != t.version()) {
            throw new StaleVersionException("Ticket " + t.number(), expectedVersion, t.version());
        }
        return t;
    }

    private WorkflowStatus status(String key) {
        return workflow.byKey(key)
                .filter(WorkflowStatus::isActive)
                .orElseThrow(() -> new InvalidInputException(
                        "status",
                        "must be one of: "
                                + String.join(
                                        ", ",
                                        workflow.statuses().stream()
                                                .filter(WorkflowStatus::isActive)
                                                .map(WorkflowStatus::key)
                                                .toList())));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        return value;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Ticket", new TicketNumber(id));
    }
}
