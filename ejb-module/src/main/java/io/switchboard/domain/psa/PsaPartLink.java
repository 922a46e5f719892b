package io.switchboard.domain.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A part of a ticket that the PSA has, by the id it answered with: a time entry or a file. Each
 * goes once per connection.
 */
@Entity
@Table(name = "psa_part_link")
public class PsaPartLink {

    /** What the local id names. */
    public enum Kind {
        TIME,
        FILE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psa_seq")
    @SequenceGenerator(name = "psa_seq", sequenceName = "psa_seq", allocationSize = 50)
    private Long id;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_kind", nullable = false, length = 8)
    private Kind kind;

    @Column(name = "local_id", nullable = false)
    private long localId;

    @Column(name = "remote_id", nullable = false, length = 80)
    private String remoteId;

    protected PsaPartLink() {}

    public PsaPartLink(long connectionId, long ticketId, Kind kind, long localId, String remoteId) {
        this.connectionId = connectionId;
        this.ticketId = ticketId;
        this.kind = kind;
        this.localId = localId;
        this.remoteId = remoteId;
    }

    public Kind kind() {
        return kind;
    }

    public long localId() {
        return localId;
    }

    public String remoteId() {
        return remoteId;
    }
}
