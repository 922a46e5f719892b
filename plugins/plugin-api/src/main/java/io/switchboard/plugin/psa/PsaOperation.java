package io.switchboard.plugin.psa;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One typed change to push to the PSA, already mapped to remote ids by the host. A push carries
 * them in order; the provider applies them in that order.
 *
 * @since 1.1
 */
public sealed interface PsaOperation {

    /**
     * Opens a remote ticket. {@code idempotencyKey} is stable across retries: the provider
     * stores it where {@link PsaProvider#findCreated} can find it again, so that a create
     * whose answer was lost is never made twice.
     */
    record Create(
            String idempotencyKey,
            String boardId,
            String companyId,
            String contactId,
            String summary,
            String description,
            Map<String, String> fields)
            implements PsaOperation {

        public Create {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /**
     * Sets fields of the remote ticket: keys are {@link PsaFields} names, values remote ids
     * (status, priority, owner, company, board) or text (summary, description); an empty value
     * clears the field.
     */
    record Update(Map<String, String> fields) implements PsaOperation {

        public Update {
            fields = Map.copyOf(fields);
        }
    }

    /** Adds a note; {@code localId} names the local comment, so the answer can map it to the remote note id. */
    record AddNote(String localId, String text, NoteVisibility visibility) implements PsaOperation {

        public AddNote {
            Objects.requireNonNull(localId, "localId");
            Objects.requireNonNull(text, "text");
            visibility = visibility == null ? NoteVisibility.INTERNAL : visibility;
        }
    }

    /** Puts a member on the ticket (a ConnectWise schedule entry, an Autotask secondary resource). */
    record Assign(String localId, String memberId, String roleId) implements PsaOperation {

        public Assign {
            Objects.requireNonNull(memberId, "memberId");
        }
    }

    /** Takes a member off the ticket by the assignment's remote id. */
    record Unassign(String assignmentId) implements PsaOperation {

        public Unassign {
            Objects.requireNonNull(assignmentId, "assignmentId");
        }
    }

    /** Logs time worked on the ticket. */
    record LogTime(String localId, String memberId, Instant start, Instant end, String notes, boolean billable)
            implements PsaOperation {

        public LogTime {
            Objects.requireNonNull(localId, "localId");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /** Attaches a file; {@code content} opens a fresh stream on each call. */
    record AttachDocument(String localId, String fileName, String contentType, long size, Supplier<InputStream> content)
            implements PsaOperation {

        public AttachDocument {
            Objects.requireNonNull(localId, "localId");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }
}
