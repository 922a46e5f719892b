package io.switchboard.domain.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The SLA clock a ticket carries. Deadlines are the policy targets counted in business time
 * from the start, pushed out by every business second the clock spent paused.
 */
@Embeddable
public class SlaClock {

    @Column(name = "sla_started_at")
    private Instant startedAt;

    @Column(name = "sla_paused_at")
    private Instant pausedAt;

    @Column(name = "sla_paused_seconds", nullable = false)
    private long pausedSeconds;

    @Column(name = "sla_response_minutes", nullable = false)
    private long firstResponseMinutes;

    @Column(name = "sla_resolution_minutes", nullable = false)
    private long resolutionMinutes;

    @Column(name = "sla_calendar", length = 200)
    private BusinessCalendar calendar;

    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    protected SlaClock() {}

    public static SlaClock start(SlaPolicy policy, Instant now) {
        SlaClock clock = new SlaClock();
        clock.startedAt = now;
        clock.retarget(policy);
        return clock;
    }

    /** Applies another policy (the priority changed), keeping the time already counted. */
    public void retarget(SlaPolicy policy) {
        firstResponseMinutes = policy.firstResponse().toMinutes();
        resolutionMinutes = policy.resolution().toMinutes();
        calendar = policy.calendar();
        recompute();
    }

    public void pause(Instant now) {
        if (pausedAt == null) {
            pausedAt = now;
        }
    }

    public void resume(Instant now) {
        if (pausedAt != null) {
            pausedSeconds += calendar().between(pausedAt, now).toSeconds();
            pausedAt = null;
            recompute();
        }
    }

    private void recompute() {
        Duration paused = Duration.ofSeconds(pausedSeconds);
        firstResponseDueAt = calendar().plus(startedAt, Duration.ofMinutes(firstResponseMinutes).plus(paused));
        resolutionDueAt = calendar().plus(startedAt, Duration.ofMinutes(resolutionMinutes).plus(paused));
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    /** The clock does not move while paused, so a paused ticket is judged at the moment it paused. */
    private Instant clockTime(Instant now) {
        return pausedAt != null && pausedAt.isBefore(now) ? pausedAt : now;
    }

    public boolean firstResponseBreached(Instant respondedAt, Instant now) {
        Instant judged = respondedAt != null ? respondedAt : clockTime(now);
        return judged.isAfter(firstResponseDueAt);
    }

    public boolean resolutionBreached(Instant resolvedAt, Instant now) {
        Instant judged = resolvedAt != null ? resolvedAt : clockTime(now);
        return judged.isAfter(resolutionDueAt);
    }

    /** Business time left until the resolution deadline; negative once breached. */
    public Duration resolutionRemaining(Instant now) {
        Instant at = clockTime(now);
        return at.isAfter(resolutionDueAt)
                ? calendar().between(resolutionDueAt, at).negated()
                : calendar().between(at, resolutionDueAt);
    }

    private BusinessCalendar calendar() {
        return calendar == null ? BusinessCalendar.ALWAYS : calendar;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }
}
