package io.switchboard.application.psa;

import io.switchboard.application.RichText;
import io.switchboard.application.TicketService;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaNoteLink;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.sla.SlaPolicyRepository;
import io.switchboard.domain.ticket.CommentDraft;
import io.switchboard.domain.ticket.CommentRepository;
import io.switchboard.domain.ticket.HistoryRepository;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketComment;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.RemoteAssignment;
import io.switchboard.plugin.psa.RemoteNote;
import io.switchboard.plugin.psa.RemoteRef;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Upserts one remote ticket, in a transaction of its own so one bad ticket fails alone: found by
 * its external ref or opened, then brought to the remote state field by field (only what
 * differs, so re-reading a window changes nothing), with its new notes as comments that carry
 * their remote note id, and its primary member as the assignee. A field whose local change is
 * newer than the remote one keeps the local value, and the ticket then asks the push (a
 * {@code ticket.sync_kept} event) to send it: the change's own push may already have gone out
 * before the PSA overwrote it, and the link's base now says the remote value is agreed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PsaIntake {

    /** The comment id of a remote note that is the ticket's description, not a comment of its own. */
    static final long DESCRIPTION_NOTE = 0;

    /** Changes the sync makes carry this actor prefix; the push never sends them back. */
    public static final String ACTOR_PREFIX = "psa:";

    private static final int SUMMARY_MAX = 200;

    @Inject
    PsaSyncRepository sync;

    @Inject
    TicketService ticketService;

    @Inject
    TicketRepository tickets;

    @Inject
    CommentRepository comments;

    @Inject
    DirectoryRepository directory;

    @Inject
    SlaPolicyRepository slaPolicies;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    @Inject
    HistoryRepository history;

    public PullOutcome apply(PsaConnection connection, PsaBoard board, RemoteValues values, PsaTicket remote) {
        return upsert(connection, board, values, remote, false);
    }

    /**
     * Applies a remote ticket over drift found by the drift check, even when the link says this
     * remote version was seen: the local values it overrules go into the history first.
     */
    public PullOutcome repair(
            PsaConnection connection, PsaBoard board, RemoteValues values, PsaTicket remote, List<FieldDrift> lost) {
        Actor actor = actorFor(connection);
        sync.link(connection.provider(), connection.id(), remote.id()).ifPresent(link -> {
            Ticket t = tickets.lock(link.ticketId());
            lost.forEach(d -> t.recordOverruled(d.field(), d.local(), d.remote(), actor, clock));
            tickets.store(t);
        });
        return upsert(connection, board, values, remote, true);
    }

    /** Writes into the history the remote values a drift repair overruled by pushing the local ones. */
    public void overruled(PsaConnection connection, long ticketId, List<FieldDrift> drifts, boolean localLost) {
        Actor actor = actorFor(connection);
        Ticket t = tickets.lock(ticketId);
        drifts.forEach(d -> t.recordOverruled(
                d.field(), localLost ? d.local() : d.remote(), localLost ? d.remote() : d.local(), actor, clock));
        tickets.store(t);
    }

    /**
     * A local ticket the desk has just opened in the PSA ({@code remote}, as the PSA now has it):
     * linked to it, the PSA's state the merge base of the next pull, the link in its history by
     * whoever sent it.
     */
    public LinkView created(
            PsaConnection connection, PsaBoard board, RemoteValues values, long ticketId, PsaTicket remote, Actor by) {
        Ticket t = tickets.lock(ticketId);
        t.linkExternal(connection.provider(), remote.id(), remote.version(), by, clock);
        PsaTicketLink link = sync.add(new PsaTicketLink(connection.provider(), connection.id(), remote.id(), ticketId));
        if (remote.notes() != null && t.description() != null) {
            // ConnectWise keeps the description as the ticket's first note: known, it is not pulled back as a reply
            remote.notes().stream()
                    .filter(n -> n.text() != null
                            && n.text().strip().equals(t.description().strip()))
                    .forEach(n -> sync.add(new PsaNoteLink(connection.id(), n.id(), ticketId, DESCRIPTION_NOTE)));
        }
        tickets.store(t);
        remember(link, board, remote, values);
        return LinkView.of(link);
    }

    /** The remote version a drift repair's push produced, so the next pull does not see it as news. */
    public void pushed(long ticketId, String remoteVersion) {
        if (remoteVersion != null) {
            sync.linkOfTicket(ticketId).ifPresent(link -> link.pushed(remoteVersion));
        }
    }

    private PullOutcome upsert(
            PsaConnection connection, PsaBoard board, RemoteValues values, PsaTicket remote, boolean force) {
        Actor actor = actorFor(connection);
        Optional<PsaTicketLink> existing = sync.link(connection.provider(), connection.id(), remote.id());
        Optional<Company> company = values.company(remote.company());
        Optional<Agent> assignee = values.agent(primaryMember(remote));
        Priority priority = values.priority(remote.priority());
        if (existing.isEmpty()) {
            long id = ticketService
                    .create(
                            new CreateTicket(
                                    summary(remote),
                                    remote.description(),
                                    priority,
                                    null,
                                    null,
                                    company.map(Company::id).orElse(null),
                                    contact(remote, company).map(Contact::id).orElse(null),
                                    assignee.map(Agent::id).orElse(null),
                                    board.localBoardId(),
                                    Set.of(),
                                    null,
                                    Set.of()),
                            actor)
                    .id();
            Ticket t = tickets.lock(id);
            t.linkExternal(connection.provider(), remote.id(), remote.version(), actor, clock);
            follow(t, values.status(board.remoteId(), remote.status(), remote.closed()), actor);
            PsaTicketLink link = sync.add(new PsaTicketLink(connection.provider(), connection.id(), remote.id(), id));
            addNotes(connection, t, remote, Set.of(), actor);
            tickets.store(t);
            remember(link, board, remote, values);
            return PullOutcome.CREATED;
        }
        PsaTicketLink link = existing.get();
        Set<String> known = new HashSet<>(sync.linkedNotes(connection.id(), link.ticketId()));
        boolean newNotes = remote.notes() != null && remote.notes().stream().anyMatch(n -> !known.contains(n.id()));
        if (!force
                && link.alreadyHas(remote.version(), remote.updatedAt())
                && !newNotes
                && link.agreesWith(agreed(remote, values, board.remoteId()))) {
            return PullOutcome.UNCHANGED;
        }
        Ticket t = tickets.lock(link.ticketId());
        Merge merge = new Merge(t, link.base(), remote.updatedAt(), force, actor);
        boolean changed = false;
        if (!Objects.equals(t.summary(), summary(remote)) && merge.takesTheirs("summary", summary(remote))) {
            t.retitle(summary(remote), actor, clock);
            changed = true;
        }
        if (remote.description() != null
                && !Objects.equals(t.description(), remote.description())
                && merge.takesTheirs("description", remote.description())) {
            t.describe(remote.description(), actor, clock);
            changed = true;
        }
        if (t.priority() != priority && merge.takesTheirs("priority", priority.key())) {
            t.reprioritise(priority, slaPolicies.forPriority(priority), actor, clock);
            changed = true;
        }
        if (company.isPresent()
                && (t.company() == null
                        || !t.company().id().equals(company.get().id()))) {
            t.changeRequester(company.get(), contact(remote, company).orElse(null), actor, clock);
            changed = true;
        }
        if (!Objects.equals(
                        t.assignee() == null ? null : t.assignee().id(),
                        assignee.map(Agent::id).orElse(null))
                && (assignee.isPresent() || primaryMember(remote) == null)
                && merge.takesTheirs("assignee", assignee.map(Agent::username).orElse(null))) {
            t.assignTo(assignee.orElse(null), actor, clock);
            changed = true;
        }
        Optional<WorkflowStatus> status = values.status(board.remoteId(), remote.status(), remote.closed());
        if (status.isPresent()
                && !status.get().equals(t.status())
                && merge.takesTheirs("status", status.get().key())) {
            changed |= follow(t, status, actor);
        }
        changed |= addNotes(connection, t, remote, known, actor);
        t.keptOverRemote(merge.kept, actor, clock);
        tickets.store(t);
        remember(link, board, remote, values);
        return changed ? PullOutcome.UPDATED : PullOutcome.UNCHANGED;
    }

    /**
     * The pull's three-way merge of one ticket: per field, the value both sides last agreed on
     * (the link's base) tells who changed it since. Only they did: theirs is applied. Only we did:
     * ours stays and its push carries it. Both did (or the base is unknown and a person changed it
     * here): the later change wins, the losing value written into the history.
     */
    private final class Merge {

        private final Ticket t;
        private final Map<String, String> base;
        private final Instant theirsAt;
        private final boolean force;
        private final Actor actor;
        /** The fields whose local value won over a newer remote one: the push must carry them again. */
        final Set<String> kept = new java.util.TreeSet<>();

        Merge(Ticket t, Map<String, String> base, Instant theirsAt, boolean force, Actor actor) {
            this.t = t;
            this.base = base;
            this.theirsAt = theirsAt;
            this.force = force;
            this.actor = actor;
        }

        /** Called for a field on which the two sides differ now. */
        boolean takesTheirs(String field, String theirs) {
            if (force) {
                return true;
            }
            String mine = localValue(t, field);
            boolean known = base.containsKey(field);
            if (known && Objects.equals(theirs, base.get(field))) {
                return false;
            }
            if (known && Objects.equals(mine, base.get(field))) {
                return true;
            }
            Instant ours = LocalEdits.lastChange(history, t.id(), field);
            if (ours == null) {
                return true;
            }
            if (theirsAt == null || ours.isAfter(theirsAt)) {
                t.recordOverruled(field, theirs, mine, actor, clock);
                kept.add(field);
                return false;
            }
            t.recordOverruled(field, mine, theirs, actor, clock);
            return true;
        }
    }

    static String localValue(Ticket t, String field) {
        return switch (field) {
            case "summary" -> t.summary();
            case "description" -> t.description();
            case "priority" -> t.priority().key();
            case "status" -> t.status().key();
            case "assignee" -> t.assignee() == null ? null : t.assignee().username();
            default -> null;
        };
    }

    /** The actor of every change a pull makes; the push side skips changes by it, so nothing echoes. */
    public static Actor actorFor(PsaConnection connection) {
        return new Actor(ACTOR_PREFIX + connection.name(), io.switchboard.domain.shared.Origin.PSA);
    }

    private boolean follow(Ticket t, Optional<WorkflowStatus> target, Actor actor) {
        if (target.isEmpty() || target.get().equals(t.status())) {
            return false;
        }
        List<WorkflowStatus> path = t.status().allows(target.get())
                ? List.of(target.get())
                : StatusPath.between(t.status(), target.get()).orElse(List.of());
        path.forEach(step -> t.transitionTo(step, actor, clock));
        return !path.isEmpty();
    }

    private boolean addNotes(PsaConnection connection, Ticket t, PsaTicket remote, Set<String> known, Actor actor) {
        if (remote.notes() == null) {
            return false;
        }
        boolean added = false;
        for (RemoteNote note : remote.notes()) {
            if (known.contains(note.id()) || note.text().isBlank()) {
                continue;
            }
            boolean internal = note.visibility() == NoteVisibility.INTERNAL;
            CommentDraft draft = new CommentDraft(
                    richText.fromText(note.text()),
                    internal,
                    note.visibility() == NoteVisibility.RESOLUTION,
                    actor,
                    note.author() == null || note.author().isBlank() ? connection.name() : note.author(),
                    null,
                    null,
                    null);
            TicketComment comment = comments.add(t.comment(draft, actor, clock));
            sync.add(new PsaNoteLink(connection.id(), note.id(), t.id(), comment.id()));
            added = true;
        }
        return added;
    }

    /** The remote values in local terms: what both sides agree on once this pull is applied or pushed over. */
    static Map<String, String> agreed(PsaTicket remote, RemoteValues values, String boardId) {
        Map<String, String> out = new java.util.HashMap<>();
        out.put("summary", summary(remote));
        if (remote.description() != null) {
            out.put("description", remote.description());
        }
        out.put("priority", values.priority(remote.priority()).key());
        values.status(boardId, remote.status(), remote.closed()).ifPresent(s -> out.put("status", s.key()));
        Optional<Agent> assignee = values.agent(primaryMember(remote));
        if (assignee.isPresent() || primaryMember(remote) == null) {
            out.put("assignee", assignee.map(Agent::username).orElse(null));
        }
        return out;
    }

    /**
     * Takes in only who works the remote ticket, after the desk changed it there: the rest of the
     * remote state waits for the pull, which would otherwise take this version for already seen.
     */
    public Optional<LinkView> resourcesRead(long ticketId, PsaTicket remote) {
        return sync.linkOfTicket(ticketId).map(link -> {
            link.assigned(assignments(remote));
            return LinkView.of(link);
        });
    }

    private static String assignments(PsaTicket remote) {
        JsonArrayBuilder assigned = Json.createArrayBuilder();
        for (RemoteAssignment a : remote.assignments()) {
            assigned.add(Json.createObjectBuilder()
                    .add("id", a.id())
                    .add("memberId", a.member().id())
                    .add(
                            "member",
                            a.member().name() == null
                                    ? a.member().id()
                                    : a.member().name())
                    .add("primary", a.primary()));
        }
        return assigned.build().toString();
    }

    private void remember(PsaTicketLink link, PsaBoard board, PsaTicket remote, RemoteValues values) {
        link.agreed(agreed(remote, values, board.remoteId()));
        link.pulled(
                board.remoteId(),
                remote.version(),
                remote.updatedAt(),
                remote.url(),
                assignments(remote),
                clock.instant());
    }

    private Optional<Contact> contact(PsaTicket remote, Optional<Company> company) {
        if (remote.contactEmail() == null || remote.contactEmail().isBlank()) {
            return Optional.empty();
        }
        try {
            return directory
                    .contactByEmail(new Email(remote.contactEmail().trim()))
                    .filter(c -> company.isEmpty() || c.belongsTo(company.get()));
        } catch (RuntimeException e) {
            return Optional.empty(); // not an address the directory accepts: the ticket keeps no requester
        }
    }

    /** The owner, else the primary resource, else the first resource. */
    static RemoteRef primaryMember(PsaTicket remote) {
        if (remote.owner() != null) {
            return remote.owner();
        }
        return remote.assignments().stream()
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                .map(RemoteAssignment::member)
                .findFirst()
                .orElse(null);
    }

    static String summary(PsaTicket remote) {
        String s = remote.summary() == null || remote.summary().isBlank()
                ? "(no summary)"
                : remote.summary().strip();
        return s.length() <= SUMMARY_MAX ? s : s.substring(0, SUMMARY_MAX);
    }
}
