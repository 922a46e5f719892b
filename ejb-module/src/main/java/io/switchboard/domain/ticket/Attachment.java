package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.UnprocessableException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a ticket. The bytes live in an {@link AttachmentStore}, not in this row. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 20)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(nullable = false, updatable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, updatable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    protected Attachment() {}

    public Attachment(
            long ticketId,
            Long commentId,
            String filename,
            String contentType,
            long size,
            String sha256,
            String createdBy,
            Instant createdAt) {
        this.ticketId = ticketId;
        this.commentId = commentId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public Long commentId() {
        return commentId;
    }

    /** A file uploaded to the ticket alone goes out with the reply or note it is then sent with, and stays there. */
    public void sendWith(long comment) {
        if (commentId != null) {
            throw new UnprocessableException(
                    "attachments", "file " + id + " " + filename + " was already sent with another comment");
        }
        commentId = comment;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
