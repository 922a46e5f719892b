package io.switchboard.domain.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A comment that is a remote note (pulled, or pushed and answered with an id): it is never copied again. */
@Entity
@Table(name = "psa_note_link")
public class PsaNoteLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psa_seq")
    @SequenceGenerator(name = "psa_seq", sequenceName = "psa_seq", allocationSize = 50)
    private Long id;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Column(name = "remote_note_id", nullable = false, length = 80)
    private String remoteNoteId;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    protected PsaNoteLink() {}

    public PsaNoteLink(long connectionId, String remoteNoteId, long ticketId, long commentId) {
        this.connectionId = connectionId;
        this.remoteNoteId = remoteNoteId;
        this.ticketId = ticketId;
        this.commentId = commentId;
    }

    public String remoteNoteId() {
        return remoteNoteId;
    }

    public long commentId() {
        return commentId;
    }
}
