package io.switchboard.domain.ticket;

import static io.switchboard.testsupport.TicketFixture.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.domain.sla.SlaClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueuePositionTest {

    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00Z");

    private static SlaClock clock() {
        return SlaClock.start(policy(Priority.HIGH, 60, 480), OPENED); // respond in 1 h, resolve in 8 h
    }

    @Test
    void anUnansweredTicketIsDueByItsFirstResponseThenByItsResolution() {
        assertEquals(
                OPENED.plusSeconds(3600),
                QueuePosition.of(false, false, clock(), null, null).deadline());
        assertEquals(
                OPENED.plusSeconds(8 * 3600),
                QueuePosition.of(false, false, clock(), OPENED.plusSeconds(60), null)
                        .deadline());
    }

    @Test
    void theNearerOfTheClockAndAnExplicitDueDateCounts() {
        Instant soon = OPENED.plusSeconds(600);
        Instant late = OPENED.plusSeconds(7200);
        assertEquals(soon, QueuePosition.of(false, false, clock(), null, soon).deadline());
        assertEquals(
                OPENED.plusSeconds(3600),
                QueuePosition.of(false, false, clock(), null, late).deadline());
    }

    @Test
    void aPausedClockLeavesOnlyTheDueDateAndFinishedOrDeletedTicketsHaveNone() {
        SlaClock paused = clock();
        paused.pause(OPENED.plusSeconds(60));
        Instant due = OPENED.plusSeconds(7200);
        assertEquals(due, QueuePosition.of(false, false, paused, null, due).deadline());
        QueuePosition done = QueuePosition.of(false, true, clock(), null, due);
        assertEquals(QueueState.DONE, done.state());
        assertNull(done.deadline());
        assertEquals(
                QueueState.DELETED,
                QueuePosition.of(true, true, clock(), null, due).state());
        assertNull(QueuePosition.of(true, false, clock(), null, due).deadline());
    }
}
