package io.switchboard.domain.psa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One entry of the sync log: what started it, how far it got, what it changed, what went wrong. */
@Entity
@Table(name = "psa_sync_run")
public class SyncRun {

    private static final int ERRORS_KEPT = 50;
    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psa_seq")
    @SequenceGenerator(name = "psa_seq", sequenceName = "psa_seq", allocationSize = 50)
    private Long id;

    @Column(name = "connection_id", nullable = false)
    private long connectionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false, length = 12)
    private SyncTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SyncState state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private long expected;

    @Column(nullable = false)
    private long processed;

    @Column(nullable = false)
    private long created;

    @Column(nullable = false)
    private long updated;

    @Column(nullable = false)
    private long failed;

    @Column(nullable = false)
    private long pages;

    @Lob
    private String errors;

    protected SyncRun() {}

    public SyncRun(long connectionId, SyncTrigger trigger, Instant now) {
        this.connectionId = connectionId;
        this.trigger = trigger;
        this.state = SyncState.RUNNING;
        this.startedAt = now;
    }

    /** Adds what one page did. */
    public void progress(PageTally tally) {
        processed += tally.processed();
        created += tally.created();
        updated += tally.updated();
        failed += tally.failed();
        pages += tally.pages();
        expected = Math.max(expected, processed);
        tally.errors().forEach(this::error);
    }

    /** Raises the expected total when a board reports its count. */
    public void expect(long more) {
        expected += Math.max(0, more);
    }

    public void error(String message) {
        List<String> kept = errorList();
        if (kept.size() < ERRORS_KEPT) {
            kept.add(message.replace(SEPARATOR, " "));
            errors = String.join(SEPARATOR, kept);
        }
    }

    public void finish(Instant now) {
        finishedAt = now;
        state = failed == 0 && errorList().isEmpty() ? SyncState.SUCCEEDED : SyncState.PARTIAL;
    }

    public void abort(String reason, Instant now) {
        error(reason);
        finishedAt = now;
        state = SyncState.FAILED;
    }

    public boolean isRunning() {
        return state == SyncState.RUNNING;
    }

    public List<String> errorList() {
        return errors == null || errors.isEmpty()
                ? new ArrayList<>()
                : new ArrayList<>(List.of(errors.split(SEPARATOR)));
    }

    public Long id() {
        return id;
    }

    public long connectionId() {
        return connectionId;
    }

    public SyncTrigger trigger() {
        return trigger;
    }

    public SyncState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public long expected() {
        return expected;
    }

    public long processed() {
        return processed;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long failed() {
        return failed;
    }

    public long pages() {
        return pages;
    }
}
