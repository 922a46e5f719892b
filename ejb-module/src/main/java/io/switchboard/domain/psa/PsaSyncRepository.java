package io.switchboard.domain.psa;

import java.util.List;
import java.util.Optional;

/** Storage of the sync engine's state. */
public interface PsaSyncRepository {

    List<PsaBoard> boards(long connectionId);

    Optional<PsaBoard> board(long boardId);

    List<PsaMapping> mappings(long connectionId);

    /** Replaces every mapping of the given kind (all scopes) on the connection. */
    void replaceMappings(long connectionId, MappingKind kind, List<PsaMapping> mappings);

    Optional<PsaTicketLink> link(String provider, long connectionId, String remoteId);

    Optional<PsaTicketLink> linkOfTicket(long ticketId);

    /** The links of those of {@code ticketIds} that have one (a page of the ticket list). */
    List<PsaTicketLink> linksOfTickets(java.util.Collection<Long> ticketIds);

    /** The remote note ids already linked to comments of this ticket. */
    List<String> linkedNotes(long connectionId, long ticketId);

    /** The comment ids (as text) of this ticket already linked to remote notes. */
    List<String> linkedComments(long connectionId, long ticketId);

    /** The local ids of this ticket's parts of the kind (time entries, files) the PSA already has. */
    java.util.Set<Long> linkedParts(long connectionId, long ticketId, PsaPartLink.Kind kind);

    Optional<SyncRun> run(long runId);

    /** The newest runs first. */
    List<SyncRun> runs(long connectionId, int first, int max);

    long countRuns(long connectionId);

    Optional<SyncRun> lastRun(long connectionId);

    <T> T add(T entity);
}
