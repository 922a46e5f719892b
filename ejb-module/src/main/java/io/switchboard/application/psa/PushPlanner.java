package io.switchboard.application.psa;

import io.switchboard.application.CommentService;
import io.switchboard.application.notify.EventNotice;
import io.switchboard.application.view.CommentView;
import io.switchboard.domain.psa.MappingKind;
import io.switchboard.domain.psa.PsaMapping;
import io.switchboard.domain.psa.PsaPartLink;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.PsaTicketLink;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.Attachment;
import io.switchboard.domain.ticket.AttachmentStore;
import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketRepository;
import io.switchboard.domain.ticket.TimeEntry;
import io.switchboard.domain.ticket.TimeEntryRepository;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaFields;
import io.switchboard.plugin.psa.PsaOperation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one local event of a linked ticket into the operations the PSA needs, in remote ids:
 * an explicit mapping first, else the remote value of the same name (from the catalogue). A
 * value with no remote counterpart is left out rather than guessed.
 */
@Stateless
public class PushPlanner {

    @Inject
    TicketRepository tickets;

    @Inject
    CommentService comments;

    @Inject
    PsaSyncRepository sync;

    @Inject
    CatalogCache catalog;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    PsaConnector connector;

    @Inject
    AttachmentStore attachments;

    private static final Set<String> STATE = Set.of("status", "priority", "assignee");
    static final String TIME_PREFIX = "time-";
    static final String FILE_PREFIX = "file-";

    public List<PsaOperation> plan(PsaConnection c, PsaTicketLink link, EventNotice n) throws PsaFailure {
        Optional<Ticket> found = tickets.find(link.ticketId());
        if (found.isEmpty()) {
            return List.of();
        }
        Ticket t = found.get();
        List<PsaMapping> mappings = sync.mappings(c.id());
        if (n.type().equals(DomainEvent.SYNC_KEPT)) {
            return stateUpdate(
                            c, link, Set.of(n.data().getOrDefault("fields", "").split(",")))
                    .<List<PsaOperation>>map(List::of)
                    .orElse(List.of());
        }
        Set<String> changed = switch (n.type()) {
            case DomainEvent.STATUS_CHANGED -> Set.of("status");
            case DomainEvent.PRIORITY_CHANGED -> Set.of("priority");
            case DomainEvent.ASSIGNED -> t.assignee() == null ? Set.of() : Set.of("assignee");
            case DomainEvent.UPDATED -> texts(n.data().getOrDefault("fields", ""));
            default -> null; // a comment, time or a file: pushed by state
        };
        if (changed == null) {
            List<PsaOperation> out = new ArrayList<>(notes(c, t));
            out.addAll(time(c, t, mappings));
            out.addAll(files(c, t));
            return out;
        }
        Map<String, String> fields = stateFields(c, mappings, link.remoteBoardId(), t, changed);
        return fields.isEmpty() ? List.of() : List.of(new PsaOperation.Update(fields));
    }

    /** Of the fields an edit changed, the texts the PSA keeps: summary and description. */
    private static Set<String> texts(String changedFields) {
        Set<String> out = new HashSet<>(java.util.Arrays.asList(changedFields.split(",")));
        out.retainAll(Set.of("summary", "description"));
        return out;
    }

    /**
     * The update that brings the remote ticket to the local values of {@code fields} (summary,
     * description, status, priority, assignee), in remote ids; empty when none of them maps to the PSA.
     */
    public Optional<PsaOperation.Update> stateUpdate(PsaConnection c, PsaTicketLink link, Set<String> fields)
            throws PsaFailure {
        Optional<Ticket> found = tickets.find(link.ticketId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> out = stateFields(c, sync.mappings(c.id()), link.remoteBoardId(), found.get(), fields);
        return out.isEmpty() ? Optional.empty() : Optional.of(new PsaOperation.Update(out));
    }

    /**
     * The local values of {@code fields} in remote terms: text as it is, status (of
     * {@code remoteBoardId}), priority and owner in remote ids where they map, an empty owner to
     * clear it; a value with no remote counterpart is left out.
     */
    private Map<String, String> stateFields(
            PsaConnection c, List<PsaMapping> mappings, String remoteBoardId, Ticket t, Set<String> fields)
            throws PsaFailure {
        Map<String, String> out = new LinkedHashMap<>();
        if (fields.contains("summary")) {
            out.put(PsaFields.SUMMARY, t.summary());
        }
        if (fields.contains("description") && t.description() != null) {
            out.put(PsaFields.DESCRIPTION, t.description());
        }
        if (fields.contains("status")) {
            remote(
                            c,
                            mappings,
                            MappingKind.STATUS,
                            remoteBoardId,
                            t.status().key(),
                            t.status().name())
                    .ifPresent(id -> out.put(PsaFields.STATUS, id));
        }
        if (fields.contains("priority")) {
            remote(
                            c,
                            mappings,
                            MappingKind.PRIORITY,
                            "",
                            t.priority().key(),
                            t.priority().key())
                    .ifPresent(id -> out.put(PsaFields.PRIORITY, id));
        }
        if (fields.contains("assignee")) {
            if (t.assignee() == null) {
                out.put(PsaFields.OWNER, "");
            } else {
                remote(
                                c,
                                mappings,
                                MappingKind.MEMBER,
                                "",
                                String.valueOf(t.assignee().id()),
                                t.assignee().username())
                        .or(() -> byName(c, CatalogKind.MEMBER, "", t.assignee().displayName()))
                        .ifPresent(id -> out.put(PsaFields.OWNER, id));
            }
        }
        return out;
    }

    /**
     * What opens a local ticket in the PSA: the create on {@code remoteBoardId} for
     * {@code remoteCompanyId}, with its status, priority and owner in remote ids where they map,
     * then its comments, time and files, so the remote ticket starts with the whole story.
     */
    public List<PsaOperation> forCreate(PsaConnection c, String remoteBoardId, String remoteCompanyId, Ticket t)
            throws PsaFailure {
        List<PsaMapping> mappings = sync.mappings(c.id());
        Map<String, String> fields =
                stateFields(c, mappings, remoteBoardId, t, t.assignee() == null ? Set.of("status", "priority") : STATE);
        List<PsaOperation> out = new ArrayList<>();
        out.add(new PsaOperation.Create(
                createKey(c, t), remoteBoardId, remoteCompanyId, null, t.summary(), t.description(), fields));
        out.addAll(notes(c, t));
        out.addAll(time(c, t, mappings));
        out.addAll(files(c, t));
        return out;
    }

    /** The same for every try of the same ticket on the same connection: a create whose answer was lost is found by it. */
    static String createKey(PsaConnection c, Ticket t) {
        return "switchboard-" + c.id() + "-" + t.id();
    }

    /** The remote company a local one maps to: its mapping, else the PSA's company of the same name. */
    public Optional<String> remoteCompany(PsaConnection c, long companyId, String name) throws PsaFailure {
        Optional<String> mapped = sync.mappings(c.id()).stream()
                .filter(m -> m.kind() == MappingKind.COMPANY && m.localValue().equals(String.valueOf(companyId)))
                .map(PsaMapping::remoteId)
                .findFirst();
        if (mapped.isPresent()) {
            return mapped;
        }
        return connector.catalog(c, CatalogKind.COMPANY, null, name, 1).stream()
                .filter(e -> e.name().equalsIgnoreCase(name))
                .map(CatalogEntry::id)
                .findFirst();
    }

    /** Every comment not yet in the PSA and not from it: pushing is by state, so a lost event loses nothing. */
    private List<PsaOperation> notes(PsaConnection c, Ticket t) {
        Set<String> linked = new HashSet<>(sync.linkedComments(c.id(), t.id()));
        List<PsaOperation> out = new ArrayList<>();
        for (CommentView comment : comments.list(t.id(), true)) {
            if (comment.origin() == Origin.PSA || linked.contains(String.valueOf(comment.id()))) {
                continue;
            }
            String text = comment.bodyText() == null ? "" : comment.bodyText().strip();
            if (text.isEmpty()) {
                continue;
            }
            NoteVisibility visibility = comment.internal()
                    ? NoteVisibility.INTERNAL
                    : comment.solution() ? NoteVisibility.RESOLUTION : NoteVisibility.PUBLIC;
            out.add(new PsaOperation.AddNote(String.valueOf(comment.id()), text, visibility));
        }
        return out;
    }

    /**
     * Every time entry the PSA does not have yet, logged for the PSA member its agent maps to (or
     * the member of the same name). An entry whose agent has no member waits: logged under the
     * API member instead, the time would be billed as someone else's.
     */
    private List<PsaOperation> time(PsaConnection c, Ticket t, List<PsaMapping> mappings) throws PsaFailure {
        Set<Long> pushed = sync.linkedParts(c.id(), t.id(), PsaPartLink.Kind.TIME);
        List<PsaOperation> out = new ArrayList<>();
        for (TimeEntry e : timeEntries.forTicket(t.id())) {
            if (pushed.contains(e.id()) || e.minutes() <= 0) {
                continue;
            }
            Optional<String> member = remote(
                            c,
                            mappings,
                            MappingKind.MEMBER,
                            "",
                            String.valueOf(e.agent().id()),
                            e.agent().username())
                    .or(() -> byName(c, CatalogKind.MEMBER, "", e.agent().displayName()));
            if (member.isEmpty()) {
                continue;
            }
            String notes = e.workType() == null || e.workType().isBlank()
                    ? e.note()
                    : "[" + e.workType() + "] " + (e.note() == null ? "" : e.note());
            out.add(new PsaOperation.LogTime(
                    TIME_PREFIX + e.id(),
                    member.get(),
                    e.startedAt(),
                    e.startedAt().plus(Duration.ofMinutes(e.minutes())),
                    notes,
                    e.billable()));
        }
        return out;
    }

    /**
     * Every file of the ticket the PSA does not have yet, read now: the provider sends it on
     * another thread, after this transaction, so it gets the bytes rather than a way to the store.
     */
    private List<PsaOperation> files(PsaConnection c, Ticket t) {
        Set<Long> pushed = sync.linkedParts(c.id(), t.id(), PsaPartLink.Kind.FILE);
        List<PsaOperation> out = new ArrayList<>();
        for (Attachment a : attachments.forTicket(t.id())) {
            if (pushed.contains(a.id())) {
                continue;
            }
            byte[] content = attachments.read(a.id());
            out.add(new PsaOperation.AttachDocument(
                    FILE_PREFIX + a.id(),
                    a.filename(),
                    a.contentType(),
                    content.length,
                    () -> new java.io.ByteArrayInputStream(content)));
        }
        return out;
    }

    /** The part a local id of a push names (a time entry, a file), told apart from the comment ids of notes; null for a note. */
    static PsaPartLink.Kind partKind(String localId) {
        return localId.startsWith(TIME_PREFIX)
                ? PsaPartLink.Kind.TIME
                : localId.startsWith(FILE_PREFIX) ? PsaPartLink.Kind.FILE : null;
    }

    static long partId(String localId) {
        return Long.parseLong(localId.substring(localId.indexOf('-') + 1));
    }

    private Optional<String> remote(
            PsaConnection c, List<PsaMapping> mappings, MappingKind kind, String scope, String local, String name)
            throws PsaFailure {
        Optional<String> mapped = mappings.stream()
                .filter(m -> m.kind() == kind && m.scope().equals(scope == null ? "" : scope))
                .filter(m -> m.localValue().equals(local))
                .map(PsaMapping::remoteId)
                .findFirst();
        if (mapped.isPresent() || kind == MappingKind.MEMBER) {
            return mapped;
        }
        CatalogKind remoteKind = kind == MappingKind.STATUS ? CatalogKind.STATUS : CatalogKind.PRIORITY;
        List<CatalogEntry> entries = catalog.entries(c, remoteKind, kind == MappingKind.STATUS ? scope : null);
        Optional<String> exact = entries.stream()
                .filter(e -> e.name().equalsIgnoreCase(name))
                .map(CatalogEntry::id)
                .findFirst();
        if (exact.isPresent() || kind == MappingKind.STATUS) {
            return exact;
        }
        return entries.stream()
                .filter(e -> e.name().toLowerCase(java.util.Locale.ROOT).contains(local))
                .map(CatalogEntry::id)
                .findFirst();
    }

    private Optional<String> byName(PsaConnection c, CatalogKind kind, String scope, String name) {
        try {
            return catalog.entries(c, kind, null).stream()
                    .filter(e -> e.name().equalsIgnoreCase(name))
                    .map(CatalogEntry::id)
                    .findFirst();
        } catch (PsaFailure e) {
            return Optional.empty();
        }
    }
}
