package io.switchboard.domain.ticket;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Time an agent worked on a ticket: from when, how many minutes, billable or not, the kind of
 * work (a key such as {@code remote} or {@code onsite} that a PSA connection maps to its own work
 * types) and a note. Created and changed only through its ticket, which records each in history.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

    /** Sixteen hours: one entry is one stretch of work, not a week's timesheet. */
    public static final int MAX_MINUTES = 960;

    public static final int NOTE_MAX = 2000;
    public static final String DEFAULT_WORK_TYPE = "general";
    private static final Pattern WORK_TYPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_entry_seq")
    @SequenceGenerator(name = "time_entry_seq", sequenceName = "time_entry_seq", allocationSize = 20)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private long ticketId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private boolean billable;

    @Column(name = "work_type", nullable = false, length = 40)
    private String workType;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TimeEntry() {}

    TimeEntry(long ticketId, TimeWorked worked, String createdBy, Instant now) {
        this.ticketId = ticketId;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(worked, now);
    }

    /** Takes every value of {@code worked}, checked. */
    void apply(TimeWorked worked, Instant now) {
        if (worked.agent() == null) {
            throw new InvalidInputException("agentId", "must name the agent who did the work");
        }
        if (worked.minutes() < 1 || worked.minutes() > MAX_MINUTES) {
            throw new InvalidInputException("minutes", "must be between 1 and " + MAX_MINUTES);
        }
        if (worked.startedAt() == null) {
            throw new InvalidInputException("startedAt", "is required");
        }
        if (worked.startedAt().isAfter(now.plusSeconds(60 * 60 * 24))) {
            throw new InvalidInputException("startedAt", "must not lie more than a day in the future");
        }
        String type = worked.workType() == null || worked.workType().isBlank()
                ? DEFAULT_WORK_TYPE
                : worked.workType().strip().toLowerCase(java.util.Locale.ROOT);
        if (!WORK_TYPE.matcher(type).matches()) {
            throw new InvalidInputException(
                    "workType", "must be a key of letters, digits, - or _ (at most 40), like remote or onsite");
        }
        String text = worked.note() == null || worked.note().isBlank()
                ? null
                : worked.note().strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "must be at most " + NOTE_MAX + " characters");
        }
        this.agent = worked.agent();
        this.startedAt = worked.startedAt();
        this.minutes = worked.minutes();
        this.billable = worked.billable();
        this.workType = type;
        this.note = text;
        this.updatedAt = now;
    }

    /** "45m billable remote by Alex Agent": how history tells this entry. */
    String describe() {
        return minutes + "m " + (billable ? "billable " : "non-billable ") + workType + " by " + agent.displayName();
    }

    void moveTo(long survivorId) {
        this.ticketId = survivorId;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public Agent agent() {
        return agent;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int minutes() {
        return minutes;
    }

    public boolean billable() {
        return billable;
    }

    public String workType() {
        return workType;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
