package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Origin;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public reply to the requester or an internal note between staff. */
@Entity
@Table(name = "ticket_comment")
public class TicketComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_comment_seq")
    @SequenceGenerator(name = "ticket_comment_seq", sequenceName = "ticket_comment_seq", allocationSize = 20)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "is_internal", nullable = false)
    private boolean internal;

    @Column(name = "is_solution", nullable = false)
    private boolean solution;

    @Column(nullable = false, length = 20)
    private Origin origin;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "author_agent_id")
    private Long authorAgentId;

    @Column(name = "author_contact_id")
    private Long authorContactId;

    @Column(name = "message_id", length = 250)
    private String messageId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "to_addresses", length = 2000)
    private String toAddresses;

    @Column(name = "cc_addresses", length = 2000)
    private String ccAddresses;

    protected TicketComment() {}

    TicketComment(long ticketId, CommentDraft draft, Instant at) {
        this.ticketId = ticketId;
        this.bodyHtml = draft.body().safeHtml();
        this.bodyText = draft.body().text();
        this.internal = draft.internal();
        this.solution = draft.solution();
        this.origin = draft.author().origin();
        this.authorName = draft.authorName();
        this.authorAgentId = draft.authorAgentId();
        this.authorContactId = draft.authorContactId();
        this.messageId = draft.messageId();
        this.createdAt = at;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public boolean isInternal() {
        return internal;
    }

    public boolean isSolution() {
        return solution;
    }

    public Origin origin() {
        return origin;
    }

    public String authorName() {
        return authorName;
    }

    public Long authorAgentId() {
        return authorAgentId;
    }

    public Long authorContactId() {
        return authorContactId;
    }

    public String messageId() {
        return messageId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    void addressTo(ReplyRecipients recipients) {
        this.toAddresses = recipients.to().isEmpty() ? null : ReplyRecipients.joined(recipients.to());
        this.ccAddresses = recipients.cc().isEmpty() ? null : ReplyRecipients.joined(recipients.cc());
    }

    /** The addresses a public reply was sent to, as written; empty when nobody was named. */
    public java.util.List<String> to() {
        return toAddresses == null ? java.util.List.of() : java.util.List.of(toAddresses.split(","));
    }

    public java.util.List<String> cc() {
        return ccAddresses == null ? java.util.List.of() : java.util.List.of(ccAddresses.split(","));
    }
}
