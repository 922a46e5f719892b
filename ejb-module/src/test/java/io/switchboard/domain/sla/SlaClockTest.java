package io.switchboard.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.ticket.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    /** Critical in the seed: first response within 1 hour, resolution within 4, around the clock. */
    private static final SlaPolicy CRITICAL = policy(Priority.CRITICAL, 60, 240, BusinessCalendar.ALWAYS);

    private static final SlaPolicy MEDIUM = policy(Priority.MEDIUM, 480, 1440, BusinessCalendar.ALWAYS);

    private static SlaPolicy policy(
            Priority priority, long responseMinutes, long resolutionMinutes, BusinessCalendar calendar) {
        return new SlaPolicy(
                priority.rank(),
                priority,
                Duration.ofMinutes(responseMinutes),
                Duration.ofMinutes(resolutionMinutes),
                calendar);
    }

    private static Instant t(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void startSetsTheDeadlinesFromThePolicy() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        assertEquals(T0, clock.startedAt());
        assertEquals(t(60), clock.firstResponseDueAt());
        assertEquals(t(240), clock.resolutionDueAt());
        assertFalse(clock.isPaused());
    }

    @Test
    void deadlinesMoveOutByExactlyTheTimeSpentPaused() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        clock.pause(t(30));
        assertTrue(clock.isPaused());
        assertEquals(t(30), clock.pausedAt());
        clock.resume(t(150), null);

        assertFalse(clock.isPaused());
        assertNull(clock.pausedAt());
        assertEquals(t(60 + 120), clock.firstResponseDueAt());
        assertEquals(t(240 + 120), clock.resolutionDueAt());
    }

    @Test
    void everyPauseAddsUp() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        clock.pause(t(10));
        clock.resume(t(40), null);
        clock.pause(t(100));
        clock.resume(t(115), null);

        assertEquals(t(240 + 30 + 15), clock.resolutionDueAt());
    }

    @Test
    void pausingAgainKeepsTheFirstPauseMoment() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        clock.pause(t(10));
        clock.pause(t(50));
        clock.resume(t(70), null);

        assertEquals(t(240 + 60), clock.resolutionDueAt());
    }

    @Test
    void resumingARunningClockChangesNothing() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        clock.resume(t(90), null);

        assertEquals(t(60), clock.firstResponseDueAt());
        assertEquals(t(240), clock.resolutionDueAt());
    }

    @Test
    void onlyPausedBusinessHoursMoveABusinessHoursDeadline() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar office = BusinessCalendar.parse("Europe/Berlin MON-FRI 08:00-18:00");
        Instant fridayMorning =
                LocalDateTime.parse("2025-01-10T09:00").atZone(berlin).toInstant();
        SlaClock clock = SlaClock.start(policy(Priority.HIGH, 240, 960, office), fridayMorning);
        assertEquals(LocalDateTime.parse("2025-01-13T15:00").atZone(berlin).toInstant(), clock.resolutionDueAt());

        // Paused from Friday 17:00 to Monday 10:00: one business hour on Friday, two on Monday.
        clock.pause(LocalDateTime.parse("2025-01-10T17:00").atZone(berlin).toInstant());
        clock.resume(LocalDateTime.parse("2025-01-13T10:00").atZone(berlin).toInstant(), null);

        assertEquals(LocalDateTime.parse("2025-01-10T16:00").atZone(berlin).toInstant(), clock.firstResponseDueAt());
        assertEquals(LocalDateTime.parse("2025-01-13T18:00").atZone(berlin).toInstant(), clock.resolutionDueAt());
    }

    @Test
    void whilePausedABreachIsJudgedAtThePauseMoment() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);
        clock.pause(t(180));

        Instant muchLater = t(10 * 60);

        assertFalse(clock.resolutionBreached(null, muchLater));
        assertEquals(Duration.ofHours(1), clock.resolutionRemaining(muchLater));
        assertTrue(clock.firstResponseBreached(null, muchLater), "the first hour had already passed at the pause");
    }

    @Test
    void aClockPausedAfterItsDeadlineStaysBreached() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);
        clock.pause(t(300));

        assertTrue(clock.resolutionBreached(null, t(1000)));
        assertEquals(Duration.ofHours(-1), clock.resolutionRemaining(t(1000)));
    }

    @Test
    void resolutionRemainingCountsDownAndGoesNegativeAfterTheBreach() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        assertEquals(Duration.ofHours(3), clock.resolutionRemaining(t(60)));
        assertEquals(Duration.ZERO, clock.resolutionRemaining(t(240)));
        assertFalse(clock.resolutionBreached(null, t(240)));
        assertEquals(Duration.ofHours(-2), clock.resolutionRemaining(t(360)));
        assertTrue(clock.resolutionBreached(null, t(360)));
    }

    @Test
    void aResponseOrResolutionIsJudgedWhenItHappenedNotWhenAsked() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        assertFalse(clock.firstResponseBreached(t(30), t(1000)));
        assertTrue(clock.firstResponseBreached(t(61), t(62)));
        assertFalse(clock.resolutionBreached(t(200), t(1000)));
        assertTrue(clock.resolutionBreached(t(241), t(241)));
    }

    @Test
    void retargetingKeepsTheTimeAlreadyCounted() {
        SlaClock clock = SlaClock.start(MEDIUM, T0);
        clock.pause(t(30));
        clock.resume(t(90), null);

        clock.retarget(CRITICAL, null);

        assertEquals(T0, clock.startedAt());
        assertEquals(t(60 + 60), clock.firstResponseDueAt());
        assertEquals(t(240 + 60), clock.resolutionDueAt());
    }

    @Test
    void retargetingWhilePausedKeepsTheClockPaused() {
        SlaClock clock = SlaClock.start(MEDIUM, T0);
        clock.pause(t(30));

        clock.retarget(CRITICAL, null);
        assertTrue(clock.isPaused());
        clock.resume(t(90), null);

        assertEquals(t(240 + 60), clock.resolutionDueAt());
    }

    @Test
    void resolvingWhilePausedDoesNotCountThePauseAgainstTheTarget() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);
        clock.pause(t(180)); // waiting for the requester after three hours of work

        Instant resolvedFromWaiting = t(13 * 60);

        assertFalse(clock.resolutionBreached(resolvedFromWaiting, t(14 * 60)));
    }

    @Test
    void aFirstResponseGivenWhilePausedIsJudgedByTheClockNotTheCalendar() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);
        clock.pause(t(30));

        assertFalse(clock.firstResponseBreached(t(5 * 60), t(6 * 60)));
    }

    @Test
    void theFirstResponseDeadlineStopsMovingOnceTheResponseIsGiven() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);
        Instant lateReply = t(120);
        clock.responded(lateReply);
        clock.pause(t(180));

        clock.resume(t(600), lateReply);

        assertEquals(t(60), clock.firstResponseDueAt());
        assertTrue(clock.firstResponseBreached(lateReply, t(700)));
        assertEquals(t(240 + 420), clock.resolutionDueAt(), "the resolution deadline still moves");
    }

    @Test
    void aResponseDuringAPauseCountsThatPauseOnlyUpToTheResponse() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);
        clock.pause(t(30));
        Instant reply = t(300);

        clock.responded(reply);
        assertTrue(clock.isPaused());
        clock.resume(t(400), reply);

        assertEquals(t(60 + 270), clock.firstResponseDueAt());
        assertFalse(clock.firstResponseBreached(reply, t(500)));
        assertEquals(t(240 + 370), clock.resolutionDueAt());
    }

    @Test
    void respondingWhileTheClockRunsChangesNoDeadline() {
        SlaClock clock = SlaClock.start(CRITICAL, T0);

        clock.responded(t(20));

        assertFalse(clock.isPaused());
        assertEquals(t(60), clock.firstResponseDueAt());
        assertEquals(t(240), clock.resolutionDueAt());
    }

    @Test
    void retargetingAfterTheFirstResponseKeepsItsDeadline() {
        SlaClock clock = SlaClock.start(MEDIUM, T0);
        clock.responded(t(90));

        clock.retarget(CRITICAL, t(90));

        assertEquals(t(480), clock.firstResponseDueAt());
        assertEquals(t(240), clock.resolutionDueAt());
        assertFalse(clock.firstResponseBreached(t(90), t(100)), "an hour and a half was in time for a medium ticket");
    }
}
