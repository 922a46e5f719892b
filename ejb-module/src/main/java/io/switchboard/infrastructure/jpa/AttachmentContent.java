package io.switchboard.infrastructure.jpa;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an attachment, in their own table so that listing attachments never reads them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected AttachmentContent() {}

    AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
