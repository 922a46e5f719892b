package io.switchboard.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A directed relation between two tickets; see {@link LinkType} for how to read it. */
@Entity
@Table(name = "ticket_link")
public class TicketLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_link_seq")
    @SequenceGenerator(name = "ticket_link_seq", sequenceName = "ticket_link_seq", allocationSize = 20)
    private Long id;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    // Not "type": that is a JPQL keyword (see Ticket.ticketType).
    @Column(name = "link_type", nullable = false, updatable = false, length = 20)
    private LinkType linkType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    protected TicketLink() {}

    TicketLink(long sourceId, long targetId, LinkType type, String createdBy, Instant createdAt) {
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.linkType = type;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The other end, seen from {@code ticketId}. */
    public long otherEnd(long ticketId) {
        return ticketId == sourceId ? targetId : sourceId;
    }

    /**
     * What the other end is to {@code ticketId}: related, parent, child, original (the ticket this
     * one duplicates) or duplicate (a ticket that duplicates this one).
     */
    public String roleSeenFrom(long ticketId) {
        boolean outgoing = ticketId == sourceId;
        return switch (linkType) {
            case RELATED -> "related";
            case PARENT -> outgoing ? "child" : "parent";
            case DUPLICATE -> outgoing ? "original" : "duplicate";
        };
    }

    public Long id() {
        return id;
    }

    public long sourceId() {
        return sourceId;
    }

    public long targetId() {
        return targetId;
    }

    public LinkType type() {
        return linkType;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
