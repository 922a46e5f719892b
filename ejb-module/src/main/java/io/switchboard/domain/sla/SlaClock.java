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
        clock.retarget(policy, null);
        return clock;
    }

    /**
     * Applies another policy (the priority changed), keeping the time already counted. Once the
     * first response was given ({@code firstResponseAt} not null) its deadline no longer moves.
     */
    public void retarget(SlaPolicy policy, Instant firstResponseAt) {
        firstResponseMinutes = policy.firstResponse().toMinutes();
        resolutionMinutes = policy.resolution().toMinutes();
        calendar = policy.calendar();
        recompute(firstResponseAt);
    }

    public void pause(Instant now) {
        if (pausedAt == null) {
            pausedAt = now;
        }
    }

    /**
     * Runs the clock again, pushing the deadlines out by the business time it stood still. A pause
     * after the first response ({@code firstResponseAt} not null) no longer moves that deadline.
     */
    public void resume(Instant now, Instant firstResponseAt) {
        if (pausedAt != null) {
            foldPauseUntil(now);
            pausedAt = null;
            recompute(firstResponseAt);
        }
    }

    /**
     * The first response was given at {@code at}. If the clock is paused, the pause so far counts
     * towards the first-response deadline, which is then final; the clock stays paused.
     */
    public void responded(Instant at) {
        if (pausedAt != null && pausedAt.isBefore(at)) {
            foldPauseUntil(at);
            pausedAt = at;
            recompute(null);
        }
    }

    private void foldPauseUntil(Instant now) {
        pausedSeconds += calendar().between(pausedAt, now).toSeconds();
    }

    private void recompute(Instant firstResponseAt) {
        Duration paused = Duration.ofSeconds(pausedSeconds);
        if (firstResponseAt == null) {
            firstResponseDueAt = calendar()
                    .plus(startedAt, Duration.ofMinutes(firstResponseMinutes).plus(paused));
        }
        resolutionDueAt =
                calendar().plus(startedAt, Duration.ofMinutes(resolutionMinutes).plus(paused));
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    /** The clock does not move while paused, so a paused ticket is judged at the moment it paused. */
    private Instant clockTime(Instant now) {
        return pausedAt != null && pausedAt.isBefore(now) ? pausedAt : now;
    }

    public boolean firstResponseBreached(Instant respondedAt, Instant now) {
        return clockTime(respondedAt != null ? respondedAt : now).isAfter(firstResponseDueAt);
    }

    /** A ticket resolved straight from a pending status is judged when its clock stopped, not when it was resolved. */
    public boolean resolutionBreached(Instant resolvedAt, Instant now) {
        return clockTime(resolvedAt != null ? resolvedAt : now).isAfter(resolutionDueAt);
    }

    /** Business time left until the resolution deadline; negative once breached. */
    public Duration resolutionRemaining(Instant now) {
        return remaining(now, resolutionDueAt);
    }

    /** Business time left until the first-response deadline; negative once breached. */
    public Duration firstResponseRemaining(Instant now) {
        return remaining(now, firstResponseDueAt);
    }

    /** The policy's first-response target, in business time. */
    public Duration firstResponseTarget() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    /** The policy's resolution target, in business time. */
    public Duration resolutionTarget() {
        return Duration.ofMinutes(resolutionMinutes);
    }

    private Duration remaining(Instant now, Instant due) {
        Instant at = clockTime(now);
        return at.isAfter(due)
                ? calendar().between(due, at).negated()
                : calendar().between(at, due);
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
