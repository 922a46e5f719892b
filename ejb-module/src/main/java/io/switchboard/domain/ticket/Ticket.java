package io.switchboard.domain.ticket;

import static io.switchboard.domain.ticket.TicketRules.*;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.sla.SlaClock;
import io.switchboard.domain.sla.SlaPolicy;
import io.switchboard.domain.workflow.IllegalTransitionException;
import io.switchboard.domain.workflow.StatusCategory;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The ticket aggregate. Every change goes through a method here, which checks the rules,
 * records a history entry and a domain event, and keeps the SLA clock and the indexed queue
 * columns in step. Callers never set fields.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    // One number at a time: ticket numbers are for people, who notice gaps after a restart.
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    // Eager on purpose: EclipseLink's lazy basics load through fetch groups, and a fetch-group load
    // in the middle of an update overwrites fields already changed in memory.
    @Lob
    private String description;

    @Lob
    @Column(name = "description_html")
    private String descriptionHtml;

    @Column(nullable = false)
    private Priority priority;

    // Not "type": that is a JPQL keyword, and EclipseLink then binds enum parameters by ordinal.
    @Column(name = "ticket_type", nullable = false, length = 20)
    private TicketType ticketType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "status_id", nullable = false)
    private WorkflowStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Agent assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "board_id")
    private Board board;

    // Read-only copies of the foreign keys, for list queries that filter and sort without joining.
    @Column(name = "status_id", insertable = false, updatable = false)
    private Long statusId;

    @Column(name = "category_id", insertable = false, updatable = false)
    private Long categoryId;

    @Column(name = "company_id", insertable = false, updatable = false)
    private Long companyId;

    @Column(name = "contact_id", insertable = false, updatable = false)
    private Long contactId;

    @Column(name = "assignee_id", insertable = false, updatable = false)
    private Long assigneeId;

    @Column(name = "board_id", insertable = false, updatable = false)
    private Long boardId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag", length = TAG_MAX)
    private Set<String> tags = new TreeSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "ticket_watcher",
            joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "agent_id"))
    private Set<Agent> watchers = new LinkedHashSet<>();

    /** Contacts who follow the ticket beside its requester: people the requester copied on their email. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "ticket_contact_watcher",
            joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> contactWatchers = new LinkedHashSet<>();

    @Column(name = "due_at")
    private Instant dueAt;

    @Embedded
    private SlaClock sla;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(nullable = false, length = 20)
    private Origin source;

    @Embedded
    private ExternalRef external;

    /** Set once this ticket was merged into another: the survivor's id, where mail and PSA refs now point. */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "queue_state", nullable = false)
    private QueueState queueState;

    /** The earliest deadline the desk can still miss; null when none is running. Indexed for "overdue". */
    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 120)
    private String deletedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Transient
    private TicketJournal journal = new TicketJournal();

    protected Ticket() {}

    /** Opens a ticket in the workflow's initial status with the SLA clock of its priority running. */
    public static Ticket open(NewTicket spec, WorkflowStatus initial, SlaPolicy policy, Actor actor, Clock clock) {
        Instant now = clock.instant();
        Ticket t = new Ticket();
        t.summary = requireSummary(spec.summary());
        t.description = checkDescription(spec.description());
        t.priority = Objects.requireNonNull(spec.priority(), "priority");
        t.ticketType = Objects.requireNonNull(spec.type(), "type");
        t.status = initial;
        t.category = spec.category();
        requireCompatible(spec.company(), spec.contact());
        t.company = spec.company() != null || spec.contact() == null
                ? spec.company()
                : spec.contact().company();
        t.contact = spec.contact();
        t.assignee = requireActive(spec.assignee(), "assigneeId");
        t.board = spec.board();
        t.tags.addAll(normaliseTags(spec.tags()));
        t.dueAt = spec.dueAt();
        t.source = actor.origin();
        t.sla = SlaClock.start(policy, now);
        t.createdAt = now;
        t.createdBy = actor.name();
        t.touch(actor, now);
        t.change("created", null, t.summary, actor, now);
        t.event(DomainEvent.CREATED, actor, now, Map.of("status", initial.key(), "priority", t.priority.key()));
        if (t.assignee != null) {
            t.event(DomainEvent.ASSIGNED, actor, now, Map.of("assignee", t.assignee.username()));
        }
        return t;
    }

    /** Moves the ticket along the workflow, or says which moves are allowed. */
    public void transitionTo(WorkflowStatus target, Actor actor, Clock clock) {
        requireLive();
        if (target.equals(status)) {
            return;
        }
        if (!status.allows(target)) {
            throw new IllegalTransitionException(status, target);
        }
        Instant now = clock.instant();
        StatusCategory to = target.category();
        String old = status.key();
        status = target;
        if (to.clockRuns()) {
            sla.resume(now, firstResponseAt);
        } else {
            sla.pause(now);
        }
        // Only a resolved status resolves: a ticket cancelled or closed without one was never solved,
        // and must not count as resolved (or as meeting its SLA) in the numbers.
        if (to == StatusCategory.RESOLVED && resolvedAt == null) {
            resolvedAt = now;
            if (firstResponseAt == null) {
                firstResponseAt = now;
                sla.responded(now);
            }
        } else if (!to.isDone()) {
            resolvedAt = null;
        }
        closedAt = to == StatusCategory.CLOSED ? (closedAt == null ? now : closedAt) : null;
        change("status", old, target.key(), actor, now);
        event(DomainEvent.STATUS_CHANGED, actor, now, Map.of("from", old, "to", target.key(), "category", to.key()));
        touch(actor, now);
    }

    public void reprioritise(Priority newPriority, SlaPolicy policy, Actor actor, Clock clock) {
        requireLive();
        if (newPriority == priority) {
            return;
        }
        Instant now = clock.instant();
        String old = priority.key();
        priority = newPriority;
        sla.retarget(policy, firstResponseAt);
        change("priority", old, newPriority.key(), actor, now);
        event(DomainEvent.PRIORITY_CHANGED, actor, now, Map.of("from", old, "to", newPriority.key()));
        touch(actor, now);
    }

    /** Assigns to an active agent, or unassigns with {@code null}. */
    public void assignTo(Agent agent, Actor actor, Clock clock) {
        requireLive();
        requireActive(agent, "assigneeId");
        if (sameEntity(agent, assignee, Agent::id)) {
            return;
        }
        Instant now = clock.instant();
        change("assignee", name(assignee), name(agent), actor, now);
        assignee = agent;
        event(DomainEvent.ASSIGNED, actor, now, Map.of("assignee", agent == null ? "" : agent.username()));
        touch(actor, now);
    }

    public void retitle(String newSummary, Actor actor, Clock clock) {
        String checked = requireSummary(newSummary);
        if (!checked.equals(summary)) {
            updated("summary", summary, checked, actor, clock);
            summary = checked;
        }
    }

    public void describe(String newDescription, Actor actor, Clock clock) {
        String checked = checkDescription(newDescription);
        if (!Objects.equals(checked, description)) {
            updated("description", description, checked, actor, clock);
            description = checked;
            descriptionHtml = null; // it showed the old words
        }
    }

    /**
     * How the description is shown: sanitised HTML (the email that opened the ticket, with its
     * formatting and inline images) whose text is the description. Editing the description drops it.
     */
    public void showDescriptionAs(String safeHtml) {
        descriptionHtml = safeHtml == null || safeHtml.isBlank() ? null : safeHtml;
    }

    public String descriptionHtml() {
        return descriptionHtml;
    }

    public void retype(TicketType newType, Actor actor, Clock clock) {
        if (newType != ticketType) {
            updated("type", ticketType.key(), newType.key(), actor, clock);
            ticketType = newType;
        }
    }

    public void categorise(Category newCategory, Actor actor, Clock clock) {
        if (!sameEntity(newCategory, category, Category::id)) {
            updated(
                    "category",
                    category == null ? null : category.name(),
                    newCategory == null ? null : newCategory.name(),
                    actor,
                    clock);
            category = newCategory;
        }
    }

    public void moveToBoard(Board newBoard, Actor actor, Clock clock) {
        if (!sameEntity(newBoard, board, Board::id)) {
            updated(
                    "board",
                    board == null ? null : board.name(),
                    newBoard == null ? null : newBoard.name(),
                    actor,
                    clock);
            board = newBoard;
        }
    }

    /** Sets who the ticket is for. A contact of another company than the one given is refused. */
    public void changeRequester(Company newCompany, Contact newContact, Actor actor, Clock clock) {
        requireCompatible(newCompany, newContact);
        Company effective = newCompany != null || newContact == null ? newCompany : newContact.company();
        if (!sameEntity(effective, company, Company::id)) {
            updated(
                    "company",
                    company == null ? null : company.name(),
                    effective == null ? null : effective.name(),
                    actor,
                    clock);
            company = effective;
        }
        if (!sameEntity(newContact, contact, Contact::id)) {
            updated(
                    "contact",
                    contact == null ? null : contact.email().value(),
                    newContact == null ? null : newContact.email().value(),
                    actor,
                    clock);
            contact = newContact;
        }
    }

    public void dueBy(Instant newDue, Actor actor, Clock clock) {
        if (!Objects.equals(newDue, dueAt)) {
            requireLive();
            Instant oldDue = dueAt;
            // Set before updated(): its touch() recomputes the indexed deadline from dueAt.
            dueAt = newDue;
            updated("dueAt", Objects.toString(oldDue, null), Objects.toString(newDue, null), actor, clock);
        }
    }

    public void retag(Set<String> newTags, Actor actor, Clock clock) {
        Set<String> normalised = normaliseTags(newTags);
        if (!normalised.equals(tags)) {
            updated("tags", String.join(", ", tags), String.join(", ", normalised), actor, clock);
            tags.clear();
            tags.addAll(normalised);
        }
    }

    public void watch(Agent agent, Actor actor, Clock clock) {
        requireLive();
        requireActive(agent, "agentId");
        if (watchers.stream().noneMatch(w -> w.id().equals(agent.id()))) {
            watchers.add(agent);
            updated("watchers", null, "+" + agent.username(), actor, clock);
        }
    }

    /** A contact follows the ticket (hears of public replies, may answer by email); the requester already does. */
    public void watch(Contact watcher, Actor actor, Clock clock) {
        requireLive();
        if (!watcher.isActive()
                || contact != null && contact.id().equals(watcher.id())
                || contactWatchers.stream().anyMatch(c -> c.id().equals(watcher.id()))) {
            return;
        }
        contactWatchers.add(watcher);
        updated("watchers", null, "+" + watcher.email().value(), actor, clock);
    }

    public void unwatch(Agent agent, Actor actor, Clock clock) {
        requireLive();
        if (watchers.removeIf(w -> w.id().equals(agent.id()))) {
            updated("watchers", agent.username(), null, actor, clock);
        }
    }

    /** Adds a reply or note. The first public staff reply stops the first-response clock. */
    public TicketComment comment(CommentDraft draft, Actor actor, Clock clock) {
        return comment(draft, ReplyRecipients.NONE, actor, clock);
    }

    /** A comment; a public reply may name its To and Cc addresses, which its event carries for the outbound mail. */
    public TicketComment comment(CommentDraft draft, ReplyRecipients recipients, Actor actor, Clock clock) {
        return comment(draft, recipients, List.of(), actor, clock);
    }

    /** A comment sent with files of this ticket ({@code files}, their ids), which its event lists for the mail. */
    public TicketComment comment(
            CommentDraft draft, ReplyRecipients recipients, List<Long> files, Actor actor, Clock clock) {
        requireLive();
        if (draft.internal() && !recipients.isEmpty()) {
            throw new UnprocessableException(
                    "cc", "an internal note goes to nobody outside; make it a reply to address it");
        }
        Instant now = clock.instant();
        if (draft.isStaffReply() && firstResponseAt == null) {
            firstResponseAt = now;
            sla.responded(now);
        }
        TicketComment comment = new TicketComment(id, draft, now);
        comment.addressTo(recipients);
        String kind = draft.internal() ? "internal note" : "public reply";
        change("comment", null, kind + " by " + draft.authorName(), actor, now);
        String text = draft.body() == null || draft.body().text() == null
                ? ""
                : draft.body().text();
        Set<String> mentioned = CommentEvents.mentions(text);
        event(
                draft.internal() ? DomainEvent.NOTE_ADDED : DomainEvent.REPLY_ADDED,
                actor,
                now,
                CommentEvents.added(draft, text, mentioned, recipients, files));
        if (!mentioned.isEmpty()) {
            event(DomainEvent.MENTIONED, actor, now, CommentEvents.mentioned(draft, text, mentioned));
        }
        touch(actor, now);
        return comment;
    }

    /** Remembers the same ticket in an outside system (a PSA), for lookups by its id there. */
    public void linkExternal(String provider, String externalId, String remoteVersion, Actor actor, Clock clock) {
        requireLive();
        Instant now = clock.instant();
        String before = external == null || external.provider() == null
                ? null
                : external.provider() + ":" + external.externalId();
        external = new ExternalRef(provider, externalId, now, remoteVersion);
        updated("external", before, provider + ":" + externalId, actor, clock);
    }

    public TicketTask addTask(String title, Agent taskAssignee, Instant due, int position, Actor actor, Clock clock) {
        requireLive();
        requireActive(taskAssignee, "assigneeId");
        Instant now = clock.instant();
        TicketTask task = new TicketTask(id, requireTaskTitle(title), taskAssignee, due, position, actor.name(), now);
        taskChanged(null, task.title(), actor, now);
        return task;
    }

    public void reviseTask(TicketTask task, TaskRevision revision, Actor actor, Clock clock) {
        requireLive();
        requireOwnTask(task);
        Instant now = clock.instant();
        String before = task.title() + (task.isDone() ? " [done]" : "");
        revision.title().ifSet(t -> task.retitle(requireTaskTitle(t)));
        revision.assignee().ifSet(a -> task.assignTo(requireActive(a, "assigneeId")));
        revision.dueAt().ifSet(task::dueBy);
        revision.done().ifSet(done -> task.markDone(Boolean.TRUE.equals(done), actor.name(), now));
        taskChanged(before, task.title() + (task.isDone() ? " [done]" : ""), actor, now);
    }

    public void removeTask(TicketTask task, Actor actor, Clock clock) {
        requireOwnTask(task);
        taskChanged(task.title(), null, actor, clock.instant());
    }

    private void requireOwnTask(TicketTask task) {
        if (task.ticketId() != id) {
            throw new IllegalArgumentException("Task " + task.id() + " belongs to another ticket");
        }
    }

    private void taskChanged(String before, String after, Actor actor, Instant now) {
        change("task", before, after, actor, now);
        event(DomainEvent.TASK_CHANGED, actor, now, Map.of());
        touch(actor, now);
    }

    /**
     * Merges this ticket into {@code survivor}: its watchers join the survivor's, its PSA ref moves
     * there if the survivor has none, and it is closed (whatever the workflow's transitions) with
     * a pointer to the survivor. Both tickets record it; the {@code ticket.merged} event tells mail
     * threading and the PSA sync. The application moves the comments, files, tasks, links and time.
     */
    public void mergeInto(Ticket survivor, WorkflowStatus closed, Actor actor, Clock clock) {
        requireLive();
        survivor.requireLive();
        if (survivor.id.equals(id)) {
            throw new UnprocessableException("into", "a ticket cannot be merged into itself");
        }
        if (mergedIntoId != null) {
            throw new ConflictException(number() + " was already merged into " + new TicketNumber(mergedIntoId) + ".");
        }
        if (survivor.mergedIntoId != null) {
            throw new UnprocessableException(
                    "into",
                    survivor.number() + " was itself merged into " + new TicketNumber(survivor.mergedIntoId)
                            + "; merge into that one");
        }
        if (closed.category() != StatusCategory.CLOSED) {
            throw new IllegalArgumentException("A merged ticket is closed, not " + closed.key());
        }
        Instant now = clock.instant();
        for (Agent w : watchers) {
            if (!survivor.isWatchedBy(w)) {
                survivor.watchers.add(w);
            }
        }
        for (Contact c : contactWatchers) {
            if (survivor.contactWatchers.stream().noneMatch(w -> w.id().equals(c.id()))) {
                survivor.contactWatchers.add(c);
            }
        }
        boolean externalMoved = false;
        if (external != null
                && external.provider() != null
                && (survivor.external == null || survivor.external.provider() == null)) {
            survivor.external = external;
            external = null;
            externalMoved = true;
        }
        String old = status.key();
        status = closed;
        sla.pause(now);
        closedAt = now;
        mergedIntoId = survivor.id;
        change("merged", null, "into " + survivor.number(), actor, now);
        change("status", old, closed.key(), actor, now);
        survivor.change("merged", null, number() + " merged in", actor, now);
        event(
                DomainEvent.MERGED,
                actor,
                now,
                Map.of(
                        "into", survivor.number().toString(),
                        "intoId", String.valueOf(survivor.id),
                        "from", old,
                        "externalMoved", Boolean.toString(externalMoved)));
        event(
                DomainEvent.STATUS_CHANGED,
                actor,
                now,
                Map.of(
                        "from",
                        old,
                        "to",
                        closed.key(),
                        "category",
                        closed.category().key()));
        touch(actor, now);
        survivor.event(DomainEvent.UPDATED, actor, now, Map.of("field", "merged"));
        survivor.touch(actor, now);
    }

    /** The ticket this one was merged into, or null. */
    public Long mergedIntoId() {
        return mergedIntoId;
    }

    /** Time worked on this ticket; recorded in history and announced for the PSA push. */
    public TimeEntry logTime(TimeWorked worked, Actor actor, Clock clock) {
        requireLive();
        requireActive(worked.agent(), "agentId");
        Instant now = clock.instant();
        TimeEntry entry = new TimeEntry(id, worked, actor.name(), now);
        change("time", null, entry.describe(), actor, now);
        touch(actor, now);
        return entry;
    }

    /** Announces a logged entry once it has its id (the repository assigns it). */
    public void timeLogged(TimeEntry entry, Actor actor, Clock clock) {
        event(DomainEvent.TIME_LOGGED, actor, clock.instant(), timeData(entry));
    }

    public void reviseTime(TimeEntry entry, TimeWorked worked, Actor actor, Clock clock) {
        requireLive();
        requireOwnTime(entry);
        Instant now = clock.instant();
        String before = entry.describe();
        entry.apply(worked, now);
        change("time", before, entry.describe(), actor, now);
        event(DomainEvent.TIME_CHANGED, actor, now, timeData(entry));
        touch(actor, now);
    }

    public void removeTime(TimeEntry entry, Actor actor, Clock clock) {
        requireLive();
        requireOwnTime(entry);
        Instant now = clock.instant();
        change("time", entry.describe(), null, actor, now);
        event(DomainEvent.TIME_REMOVED, actor, now, Map.of("entryId", String.valueOf(entry.id())));
        touch(actor, now);
    }

    private void requireOwnTime(TimeEntry entry) {
        if (entry.ticketId() != id) {
            throw new IllegalArgumentException("Time entry " + entry.id() + " belongs to another ticket");
        }
    }

    private static Map<String, String> timeData(TimeEntry e) {
        return Map.of(
                "entryId", String.valueOf(e.id()),
                "agentId", String.valueOf(e.agent().id()),
                "agent", e.agent().username(),
                "startedAt", e.startedAt().toString(),
                "minutes", Integer.toString(e.minutes()),
                "billable", Boolean.toString(e.billable()),
                "workType", e.workType(),
                "note", e.note() == null ? "" : e.note());
    }

    /** Links this ticket to another; both tickets record it in their history. */
    public TicketLink linkTo(Ticket other, LinkType linkType, Actor actor, Clock clock) {
        requireLive();
        other.requireLive();
        if (other.id.equals(id)) {
            throw new UnprocessableException("target", "cannot be the ticket itself");
        }
        Instant now = clock.instant();
        TicketLink link = new TicketLink(id, other.id, linkType, actor.name(), now);
        change("link", null, link.roleSeenFrom(id) + " " + other.number(), actor, now);
        other.change("link", null, link.roleSeenFrom(other.id) + " " + number(), actor, now);
        event(
                DomainEvent.LINKED,
                actor,
                now,
                Map.of("type", linkType.key(), "other", other.number().toString()));
        touch(actor, now);
        other.touch(actor, now);
        return link;
    }

    public void unlink(TicketLink link, Ticket other, Actor actor, Clock clock) {
        Instant now = clock.instant();
        change("link", link.roleSeenFrom(id) + " " + other.number(), null, actor, now);
        other.change("link", link.roleSeenFrom(other.id) + " " + number(), null, actor, now);
        touch(actor, now);
        other.touch(actor, now);
    }

    public void recordAttachment(Attachment attachment, Actor actor, Clock clock) {
        requireLive();
        Instant now = clock.instant();
        change("attachment", null, attachment.filename(), actor, now);
        event(DomainEvent.ATTACHMENT_ADDED, actor, now, Map.of("filename", attachment.filename()));
        touch(actor, now);
    }

    public void delete(Actor actor, Clock clock) {
        requireLive();
        Instant now = clock.instant();
        deletedAt = now;
        deletedBy = actor.name();
        change("deleted", null, "deleted", actor, now);
        event(DomainEvent.DELETED, actor, now, Map.of());
        touch(actor, now);
    }

    public void restore(Actor actor, Clock clock) {
        if (deletedAt == null) {
            return;
        }
        Instant now = clock.instant();
        deletedAt = null;
        deletedBy = null;
        change("deleted", "deleted", null, actor, now);
        event(DomainEvent.RESTORED, actor, now, Map.of());
        touch(actor, now);
    }

    private void requireLive() {
        if (deletedAt != null) {
            throw new ConflictException("Ticket " + number() + " is deleted; restore it first.");
        }
    }

    /** Notes that a sync kept this desk's values of {@code fields} over the remote ones, so they are sent again. */
    public void keptOverRemote(java.util.Collection<String> fields, Actor actor, Clock clock) {
        if (!fields.isEmpty()) {
            event(
                    DomainEvent.SYNC_KEPT,
                    actor,
                    clock.instant(),
                    Map.of("fields", String.join(",", new TreeSet<>(fields))));
        }
    }

    /** Writes into the history a value a sync conflict overruled, changing nothing: nothing is silently lost. */
    public void recordOverruled(String field, String lost, String kept, Actor actor, Clock clock) {
        change("conflict:" + field, lost, kept, actor, clock.instant());
    }

    private void updated(String field, String old, String now, Actor actor, Clock clock) {
        requireLive();
        Instant at = clock.instant();
        change(field, old, now, actor, at);
        event(DomainEvent.UPDATED, actor, at, Map.of("field", field));
        touch(actor, at);
    }

    private void change(String field, String old, String now, Actor actor, Instant at) {
        journal.change(field, old, now, actor, at);
    }

    private void event(String eventType, Actor actor, Instant at, Map<String, String> data) {
        journal.event(eventType, actor, at, data);
    }

    /** Keeps the audit columns and the indexed queue columns in step with every change. */
    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.name();
        QueuePosition position =
                QueuePosition.of(deletedAt != null, status.category().isDone(), sla, firstResponseAt, dueAt);
        queueState = position.state();
        deadlineAt = position.deadline();
    }

    /**
     * History rows for the changes since the last call. The id is read only when there are rows: a
     * ticket that was never stored (a refused create) has none, and no id either.
     */
    public List<TicketHistory> drainHistory() {
        return journal.hasChanges() ? journal.drainHistory(id) : List.of();
    }

    /** Forgets the events recorded so far: an imported past already happened and notifies nobody. */
    public void discardEvents() {
        journal.discardEvents();
    }

    /** Domain events since the last call, several "updated" of one command folded into one. */
    public List<DomainEvent> drainEvents() {
        return journal.hasEvents() ? journal.drainEvents(id, number().toString()) : List.of();
    }

    /** This ticket's share of the running counts, or null once deleted. */
    public Tally tally() {
        if (queueState == QueueState.DELETED) {
            return null;
        }
        boolean counted = resolvedAt != null && status.category().isDone();
        return new Tally(
                status.id(),
                priority.rank(),
                category == null ? 0 : category.id(),
                board == null ? 0 : board.id(),
                assignee == null ? 0 : assignee.id(),
                counted ? Math.max(0, resolvedAt.getEpochSecond() - createdAt.getEpochSecond()) : 0,
                counted ? 1 : 0,
                counted && !sla.resolutionBreached(resolvedAt, resolvedAt) ? 1 : 0);
    }

    public boolean isOverdue(Instant now) {
        return deadlineAt != null && deadlineAt.isBefore(now);
    }

    public boolean isWatchedBy(Agent agent) {
        return agent != null && watchers.stream().anyMatch(w -> w.id().equals(agent.id()));
    }

    private static <T> boolean sameEntity(T a, T b, Function<T, Long> id) {
        return a == null ? b == null : b != null && id.apply(a).equals(id.apply(b));
    }

    private static String name(Agent agent) {
        return agent == null ? null : agent.username();
    }

    public Long id() {
        return id;
    }

    public TicketNumber number() {
        return new TicketNumber(id);
    }

    public long version() {
        return version;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public Priority priority() {
        return priority;
    }

    public TicketType type() {
        return ticketType;
    }

    public WorkflowStatus status() {
        return status;
    }

    public Category category() {
        return category;
    }

    public Company company() {
        return company;
    }

    public Contact contact() {
        return contact;
    }

    public Agent assignee() {
        return assignee;
    }

    public Board board() {
        return board;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public List<Agent> watchers() {
        return List.copyOf(watchers);
    }

    public List<Contact> contactWatchers() {
        return List.copyOf(contactWatchers);
    }

    public Instant dueAt() {
        return dueAt;
    }

    public SlaClock sla() {
        return sla;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Origin source() {
        return source;
    }

    public ExternalRef external() {
        return external;
    }

    public QueueState queueState() {
        return queueState;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public String deletedBy() {
        return deletedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long viewCount() {
        return viewCount;
    }
}
