package io.switchboard.domain.sla;

import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.ticket.Priority;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;

/** First-response and resolution targets for one priority, counted in a business calendar. */
@Entity
@Cacheable
@Table(name = "sla_policy")
public class SlaPolicy {

    /** Two weeks to answer, a quarter to resolve: anything longer is a typo, not a service level. */
    public static final long MAX_FIRST_RESPONSE_MINUTES = 20_160;

    public static final long MAX_RESOLUTION_MINUTES = 129_600;

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private Priority priority;

    @Column(name = "first_response_minutes", nullable = false)
    private long firstResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private long resolutionMinutes;

    @Column(nullable = false, length = 200)
    private BusinessCalendar calendar = BusinessCalendar.ALWAYS;

    @Version
    private long version;

    protected SlaPolicy() {}

    public SlaPolicy(
            long id, Priority priority, Duration firstResponse, Duration resolution, BusinessCalendar calendar) {
        this.id = id;
        this.priority = priority;
        retarget(firstResponse, resolution, calendar);
    }

    public final void retarget(Duration firstResponse, Duration resolution, BusinessCalendar newCalendar) {
        long response = firstResponse.toMinutes();
        long resolve = resolution.toMinutes();
        if (response < 1 || response > MAX_FIRST_RESPONSE_MINUTES) {
            throw new InvalidInputException(
                    "firstResponseMinutes", "must be between 1 and " + MAX_FIRST_RESPONSE_MINUTES + " (14 days)");
        }
        if (resolve < 1 || resolve > MAX_RESOLUTION_MINUTES) {
            throw new InvalidInputException(
                    "resolutionMinutes", "must be between 1 and " + MAX_RESOLUTION_MINUTES + " (90 days)");
        }
        if (resolve < response) {
            throw new InvalidInputException("resolutionMinutes", "must not be shorter than the first-response target");
        }
        this.firstResponseMinutes = response;
        this.resolutionMinutes = resolve;
        this.calendar = newCalendar;
    }

    public Long id() {
        return id;
    }

    public Priority priority() {
        return priority;
    }

    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration resolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public long version() {
        return version;
    }
}
