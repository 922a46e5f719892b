package io.switchboard.domain.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A remote board a connection syncs: where its tickets land and how far the pull has read. */
@Entity
@Table(name = "psa_board")
public class PsaBoard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psa_seq")
    @SequenceGenerator(name = "psa_seq", sequenceName = "psa_seq", allocationSize = 50)
    private Long id;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Column(name = "remote_id", nullable = false, length = 80)
    private String remoteId;

    @Column(name = "remote_name", length = 200)
    private String remoteName;

    @Column(name = "local_board_id")
    private Long localBoardId;

    @Column(nullable = false)
    private boolean enabled;

    private Instant watermark;

    @Column(name = "last_pulled_at")
    private Instant lastPulledAt;

    protected PsaBoard() {}

    public PsaBoard(long connectionId, String remoteId, String remoteName, Long localBoardId, boolean enabled) {
        this.connectionId = connectionId;
        this.remoteId = remoteId;
        reconfigure(remoteName, localBoardId, enabled);
    }

    public void reconfigure(String newRemoteName, Long newLocalBoardId, boolean on) {
        this.remoteName = newRemoteName;
        this.localBoardId = newLocalBoardId;
        this.enabled = on;
    }

    /** Where the next pull starts: the watermark less the overlap, so a change committed late is still read. */
    public Instant pullFrom(Duration overlap) {
        return watermark == null ? null : watermark.minus(overlap);
    }

    /** Advances the watermark to the newest change read (never backwards). */
    public void pulled(Instant newestSeen, Instant now) {
        if (newestSeen != null && (watermark == null || newestSeen.isAfter(watermark))) {
            watermark = newestSeen;
        }
        lastPulledAt = now;
    }

    public Long id() {
        return id;
    }

    public long connectionId() {
        return connectionId;
    }

    public String remoteId() {
        return remoteId;
    }

    public String remoteName() {
        return remoteName;
    }

    public Long localBoardId() {
        return localBoardId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant watermark() {
        return watermark;
    }

    public Instant lastPulledAt() {
        return lastPulledAt;
    }
}
