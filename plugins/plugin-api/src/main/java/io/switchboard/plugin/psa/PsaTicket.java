package io.switchboard.plugin.psa;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket as the PSA has it, in the PSA's own terms: references carry the remote id and name,
 * the host maps them through the connection's mappings. {@code version} changes with every
 * remote change (a lastUpdated stamp where the PSA has nothing better); {@code notes} is null
 * when the provider did not load them (the host then asks {@link PsaProvider#notes}).
 * {@code idempotencyKey} is the key of the create that made the ticket, when the provider can
 * tell. {@code fields} holds provider fields the host may show but does not map.
 *
 * @since 1.1
 */
public record PsaTicket(
        String id,
        String version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        String summary,
        String description,
        RemoteRef board,
        RemoteRef status,
        boolean closed,
        RemoteRef priority,
        RemoteRef company,
        RemoteRef contact,
        String contactEmail,
        RemoteRef owner,
        List<RemoteAssignment> assignments,
        List<RemoteNote> notes,
        String url,
        String idempotencyKey,
        Map<String, String> fields) {

    public PsaTicket {
        Objects.requireNonNull(id, "id");
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        notes = notes == null ? null : List.copyOf(notes);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** The same ticket with its notes loaded. */
    public PsaTicket withNotes(List<RemoteNote> loaded) {
        return new PsaTicket(
                id,
                version,
                createdAt,
                updatedAt,
                updatedBy,
                summary,
                description,
                board,
                status,
                closed,
                priority,
                company,
                contact,
                contactEmail,
                owner,
                assignments,
                loaded,
                url,
                idempotencyKey,
                fields);
    }

    /** The same ticket with its assignments loaded. */
    public PsaTicket withAssignments(List<RemoteAssignment> loaded) {
        return new PsaTicket(
                id,
                version,
                createdAt,
                updatedAt,
                updatedBy,
                summary,
                description,
                board,
                status,
                closed,
                priority,
                company,
                contact,
                contactEmail,
                owner,
                loaded,
                notes,
                url,
                idempotencyKey,
                fields);
    }
}
