package io.switchboard.application;

import io.switchboard.application.view.AttachmentView;
import io.switchboard.application.view.Download;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.PayloadTooLargeException;
import io.switchboard.domain.ticket.Attachment;
import io.switchboard.domain.ticket.AttachmentStore;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.domain.ticket.TicketRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLConnection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Files on tickets: size-capped, typed by their content rather than by what the sender claimed. */
@Stateless
public class AttachmentService {

    @Inject
    TicketRepository tickets;

    @Inject
    AttachmentStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public AttachmentView upload(long ticketId, String filename, byte[] content, Actor actor) {
        return upload(ticketId, null, filename, content, actor);
    }

    /** A file that belongs to one reply or note of the ticket ({@code commentId}), or to the ticket alone (null). */
    public AttachmentView upload(long ticketId, Long commentId, String filename, byte[] content, Actor actor) {
        if (content.length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        if (content.length > maxBytes) {
            throw new PayloadTooLargeException(
                    "Attachments may be at most " + maxBytes + " bytes; this one has " + content.length + ".");
        }
        String name = safeName(filename);
        Ticket ticket = tickets.lock(ticketId);
        Attachment attachment = store.add(
                new Attachment(
                        ticketId,
                        commentId,
                        name,
                        sniff(name, content),
                        content.length,
                        sha256(content),
                        actor.name(),
                        clock.instant()),
                content);
        ticket.recordAttachment(attachment, actor, clock);
        tickets.store(ticket);
        return of(attachment);
    }

    public List<AttachmentView> list(long ticketId) {
        tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        return store.forTicket(ticketId).stream().map(AttachmentService::of).toList();
    }

    public Download download(long ticketId, long attachmentId) {
        tickets.find(ticketId).orElseThrow(() -> new NotFoundException("Ticket", new TicketNumber(ticketId)));
        Attachment attachment = store.find(attachmentId)
                .filter(a -> a.ticketId() == ticketId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return new Download(of(attachment), store.read(attachmentId));
    }

    /** The last path segment, without control characters, at most 255 characters. */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    /** Magic bytes first, then the file name; unknown content is plain bytes. */
    static String sniff(String filename, byte[] content) {
        String type = null;
        try {
            type = URLConnection.guessContentTypeFromStream(new ByteArrayInputStream(content));
        } catch (IOException e) {
            // a byte array does not fail to read; fall through to the name
        }
        // The JDK does not know PDF's magic bytes; check them before the name can claim otherwise.
        if (type == null
                && content.length >= 4
                && content[0] == '%'
                && content[1] == 'P'
                && content[2] == 'D'
                && content[3] == 'F') {
            type = "application/pdf";
        }
        if (type == null) {
            type = URLConnection.guessContentTypeFromName(filename);
        }
        return type == null ? "application/octet-stream" : type;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static AttachmentView of(Attachment a) {
        return new AttachmentView(
                a.id(),
                a.filename(),
                a.contentType(),
                a.size(),
                a.sha256(),
                a.createdAt(),
                a.createdBy(),
                a.commentId());
    }
}
