package io.switchboard.domain.ticket;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Where attachment metadata and bytes are kept, outside the web root. */
public interface AttachmentStore {

    Attachment add(Attachment attachment, byte[] content);

    Optional<Attachment> find(long id);

    List<Attachment> forTicket(long ticketId);

    /** The bytes, streamed; the caller closes the stream. */
    InputStream open(long id);

    /** The bytes, all of them (attachments are size-capped at upload). */
    default byte[] read(long id) {
        try (InputStream in = open(id)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("file " + id + " could not be read", e);
        }
    }
}
