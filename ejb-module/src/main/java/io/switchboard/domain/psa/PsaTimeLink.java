package io.switchboard.domain.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A time entry the PSA has, by the id it answered with: it is pushed once per connection. */
@Entity
@Table(name = "psa_time_link")
public class PsaTimeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psa_seq")
    @SequenceGenerator(name = "psa_seq", sequenceName = "psa_seq", allocationSize = 50)
    private Long id;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Column(name = "remote_time_id", nullable = false, length = 80)
    private String remoteTimeId;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @Column(name = "time_entry_id", nullable = false)
    private long timeEntryId;

    protected PsaTimeLink() {}

    public PsaTimeLink(long connectionId, String remoteTimeId, long ticketId, long timeEntryId) {
        this.connectionId = connectionId;
        this.remoteTimeId = remoteTimeId;
        this.ticketId = ticketId;
        this.timeEntryId = timeEntryId;
    }

    public String remoteTimeId() {
        return remoteTimeId;
    }

    public long timeEntryId() {
        return timeEntryId;
    }
}
