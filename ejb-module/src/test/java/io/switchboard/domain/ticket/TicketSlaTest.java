package io.switchboard.domain.ticket;

import static io.switchboard.testsupport.TicketFixture.ALICE;
import static io.switchboard.testsupport.TicketFixture.seedPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.testsupport.Ids;
import io.switchboard.testsupport.TicketFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SLA clock as a ticket drives it: pending statuses pause it, working statuses run it, and
 * the indexed deadline column always holds the next deadline the desk can still miss.
 */
class TicketSlaTest {

    private final TicketFixture desk = new TicketFixture();
    private final Instant t0 = desk.clock.instant();

    private Instant t(long minutes) {
        return t0.plus(Duration.ofMinutes(minutes));
    }

    private void at(long minutes) {
        desk.clock.set(t(minutes));
    }

    /** Medium in the seed: first response within 8 hours, resolution within 24. */
    private Ticket openMedium() {
        return desk.open();
    }

    private Ticket openCritical() {
        return desk.open(TicketFixture.spec().priority(Priority.CRITICAL).build());
    }

    @Test
    void aNewTicketIsDueAtItsFirstResponseDeadline() {
        Ticket ticket = openMedium();

        assertEquals(t(8 * 60), ticket.sla().firstResponseDueAt());
        assertEquals(t(24 * 60), ticket.sla().resolutionDueAt());
        assertEquals(t(8 * 60), ticket.deadlineAt());
        assertFalse(ticket.isOverdue(t(8 * 60)));
        assertTrue(ticket.isOverdue(t(8 * 60 + 1)));
    }

    @Test
    void aPendingStatusPausesTheClockAndClearsTheDeadline() {
        Ticket ticket = openMedium();
        at(60);

        desk.move(ticket, "waiting");

        assertTrue(ticket.sla().isPaused());
        assertEquals(t(60), ticket.sla().pausedAt());
        assertNull(ticket.deadlineAt());
        assertFalse(ticket.isOverdue(t(100 * 60)), "nobody can miss a deadline while the requester owes an answer");
        assertEquals(QueueState.ACTIVE, ticket.queueState());
    }

    @Test
    void backToOpenResumesTheClockAndPushesTheDeadlinesOutByThePause() {
        Ticket ticket = openMedium();
        at(60);
        desk.move(ticket, "waiting");
        at(180);

        desk.move(ticket, "open");

        assertFalse(ticket.sla().isPaused());
        assertEquals(t(8 * 60 + 120), ticket.sla().firstResponseDueAt());
        assertEquals(t(24 * 60 + 120), ticket.sla().resolutionDueAt());
        assertEquals(t(8 * 60 + 120), ticket.deadlineAt());
    }

    @Test
    void movingBetweenPendingStatusesIsOnePause() {
        Ticket ticket = openMedium();
        at(60);
        desk.move(ticket, "waiting");
        at(120);
        desk.move(ticket, "on_hold");
        at(240);

        desk.move(ticket, "in_progress");

        assertEquals(t(24 * 60 + 180), ticket.sla().resolutionDueAt());
    }

    @Test
    void resolvingStopsTheClockAndClearsTheDeadline() {
        Ticket ticket = openMedium();
        at(90);

        desk.move(ticket, "resolved");

        assertTrue(ticket.sla().isPaused());
        assertNull(ticket.deadlineAt());
        assertEquals(QueueState.DONE, ticket.queueState());
    }

    @Test
    void reopeningRunsTheClockAgainFromWhereItStopped() {
        Ticket ticket = openMedium();
        at(90);
        desk.move(ticket, "resolved");
        at(90 + 300);

        desk.move(ticket, "open");

        assertFalse(ticket.sla().isPaused());
        assertEquals(t(24 * 60 + 300), ticket.sla().resolutionDueAt());
        assertEquals(ticket.sla().resolutionDueAt(), ticket.deadlineAt(), "resolving counted as the first response");
    }

    @Test
    void theFirstPublicStaffReplyMovesTheDeadlineToTheResolutionTarget() {
        Ticket ticket = Ids.assign(openMedium(), 1);
        at(45);

        ticket.comment(Comments.publicReplyBy(ALICE), ALICE, desk.clock);

        assertEquals(t(45), ticket.firstResponseAt());
        assertEquals(t(24 * 60), ticket.deadlineAt());
    }

    @Test
    void internalNotesAndRequesterRepliesAreNotAFirstResponse() {
        Ticket ticket = Ids.assign(openMedium(), 1);
        at(45);

        ticket.comment(Comments.internalNoteBy(ALICE), ALICE, desk.clock);
        Actor requester = Actor.requester("dana@acme.example", Origin.EMAIL);
        ticket.comment(Comments.publicReplyBy(requester), requester, desk.clock);
        ticket.comment(Comments.publicReplyBy(Actor.SYSTEM), Actor.SYSTEM, desk.clock);

        assertNull(ticket.firstResponseAt());
        assertEquals(t(8 * 60), ticket.deadlineAt());
    }

    @Test
    void anEarlierDueDateIsTheDeadline() {
        Ticket ticket = desk.open(TicketFixture.spec().dueAt(t(120)).build());

        assertEquals(t(120), ticket.deadlineAt());
    }

    @Test
    void anEarlierSlaDeadlineWinsOverALaterDueDate() {
        Ticket ticket = openMedium();

        ticket.dueBy(t(20 * 60), ALICE, desk.clock);

        assertEquals(t(8 * 60), ticket.deadlineAt());
        ticket.dueBy(t(3 * 60), ALICE, desk.clock);
        assertEquals(t(3 * 60), ticket.deadlineAt());
        ticket.dueBy(null, ALICE, desk.clock);
        assertEquals(t(8 * 60), ticket.deadlineAt());
    }

    @Test
    void aDueDateKeepsRunningWhileTheSlaClockIsPaused() {
        Ticket ticket = desk.open(TicketFixture.spec().dueAt(t(20 * 60)).build());

        desk.move(ticket, "waiting");

        assertTrue(ticket.sla().isPaused());
        assertEquals(t(20 * 60), ticket.deadlineAt());
    }

    @Test
    void aDoneTicketHasNoDeadlineEvenWithADueDate() {
        Ticket ticket = desk.open(TicketFixture.spec().dueAt(t(120)).build());

        desk.move(ticket, "resolved");

        assertNull(ticket.deadlineAt());
        assertFalse(ticket.isOverdue(t(10_000)));
    }

    @Test
    void reprioritisingRetargetsTheDeadlinesAndKeepsTheElapsedTime() {
        Ticket ticket = Ids.assign(openMedium(), 9);
        at(30);
        desk.move(ticket, "waiting");
        at(90);
        desk.move(ticket, "open");
        ticket.drainHistory();
        ticket.drainEvents();
        at(100);

        ticket.reprioritise(Priority.CRITICAL, seedPolicy(Priority.CRITICAL), ALICE, desk.clock);

        assertEquals(Priority.CRITICAL, ticket.priority());
        assertEquals(t(60 + 60), ticket.sla().firstResponseDueAt());
        assertEquals(t(240 + 60), ticket.sla().resolutionDueAt());
        assertEquals(t(120), ticket.deadlineAt());
        assertTrue(ticket.isOverdue(t(121)));
        List<TicketHistory> history = ticket.drainHistory();
        assertEquals(1, history.size());
        assertEquals("priority", history.get(0).field());
        assertEquals("medium", history.get(0).oldValue());
        assertEquals("critical", history.get(0).newValue());
        List<DomainEvent> events = ticket.drainEvents();
        assertEquals(DomainEvent.PRIORITY_CHANGED, events.get(0).type());
        assertEquals(Map.of("from", "medium", "to", "critical"), events.get(0).data());
    }

    @Test
    void reprioritisingWhilePausedKeepsTheTicketPaused() {
        Ticket ticket = openMedium();
        at(30);
        desk.move(ticket, "waiting");

        ticket.reprioritise(Priority.HIGH, seedPolicy(Priority.HIGH), ALICE, desk.clock);

        assertTrue(ticket.sla().isPaused());
        assertNull(ticket.deadlineAt());
        at(90);
        desk.move(ticket, "open");
        assertEquals(t(480 + 60), ticket.sla().resolutionDueAt());
    }

    @Test
    void reprioritisingToTheSamePriorityRecordsNothing() {
        Ticket ticket = Ids.assign(openMedium(), 9);
        ticket.drainHistory();
        ticket.drainEvents();

        ticket.reprioritise(Priority.MEDIUM, seedPolicy(Priority.MEDIUM), ALICE, desk.clock);

        assertTrue(ticket.drainHistory().isEmpty());
        assertTrue(ticket.drainEvents().isEmpty());
    }

    @Test
    void timeSpentWaitingDoesNotCountWhenTheTicketIsResolvedStraightFromWaiting() {
        Ticket ticket = Ids.assign(openCritical(), 1);
        at(30);
        ticket.comment(Comments.publicReplyBy(ALICE), ALICE, desk.clock);
        at(180);
        desk.move(ticket, "waiting");
        at(13 * 60);

        desk.move(ticket, "resolved");

        Instant now = t(14 * 60);
        assertFalse(
                ticket.sla().resolutionBreached(ticket.resolvedAt(), now),
                "three hours of work against a four-hour target");
        assertEquals(1, ticket.tally().slaMet());
    }

    @Test
    void aLateFirstResponseStaysLateAfterALaterPause() {
        Ticket ticket = Ids.assign(openCritical(), 1);
        at(120);
        ticket.comment(Comments.publicReplyBy(ALICE), ALICE, desk.clock);
        assertTrue(ticket.sla().firstResponseBreached(ticket.firstResponseAt(), desk.clock.instant()));
        at(180);
        desk.move(ticket, "waiting");
        at(13 * 60);

        desk.move(ticket, "open");

        assertTrue(
                ticket.sla().firstResponseBreached(ticket.firstResponseAt(), desk.clock.instant()),
                "the reply came an hour late; waiting for the requester afterwards does not change that");
        assertEquals(t(240 + 600), ticket.sla().resolutionDueAt());
    }

    @Test
    void aFirstResponseGivenWhileWaitingIsJudgedByTheTimeTheClockRan() {
        Ticket ticket = Ids.assign(openCritical(), 1);
        at(30);
        desk.move(ticket, "waiting");
        at(5 * 60);
        ticket.comment(Comments.publicReplyBy(ALICE), ALICE, desk.clock);
        at(6 * 60);

        desk.move(ticket, "open");

        assertFalse(
                ticket.sla().firstResponseBreached(ticket.firstResponseAt(), desk.clock.instant()),
                "only thirty minutes of desk time passed before the reply");
    }
}
