package io.switchboard.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.workflow.IllegalTransitionException;
import io.switchboard.testsupport.Ids;
import io.switchboard.testsupport.TicketFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a status change does to the ticket besides the status: timestamps, history and events. */
class TicketStatusChangeTest {

    private static final Actor BOB_BY_EMAIL = Actor.staff("bob", Origin.EMAIL);

    private final TicketFixture desk = new TicketFixture();

    @Test
    void reopenFromResolvedGoesToOpenAndForgetsTheResolution() {
        Ticket ticket = desk.open();
        desk.move(ticket, "resolved");

        desk.move(ticket, "open");

        assertEquals("open", ticket.status().key());
        assertNull(ticket.resolvedAt());
        assertNull(ticket.closedAt());
        assertEquals(QueueState.ACTIVE, ticket.queueState());
    }

    @Test
    void reopenFromClosedGoesToOpenAndClearsBothTimestamps() {
        Ticket ticket = desk.open();
        desk.move(ticket, "resolved");
        desk.move(ticket, "closed");

        desk.move(ticket, "open");

        assertEquals("open", ticket.status().key());
        assertNull(ticket.resolvedAt());
        assertNull(ticket.closedAt());
    }

    @Test
    void rejectsReopenOfCancelledTicket() {
        Ticket ticket = desk.open();
        desk.move(ticket, "cancelled");

        IllegalTransitionException refused =
                assertThrows(IllegalTransitionException.class, () -> desk.move(ticket, "open"));

        assertEquals(
                "A ticket in status 'cancelled' cannot move to 'open'. 'cancelled' is final.", refused.getMessage());
        assertEquals(List.of(), refused.allowed());
        assertEquals("cancelled", ticket.status().key());
    }

    @Test
    void movingToTheCurrentStatusIsANoOpThatRecordsNothing() {
        Ticket ticket = Ids.assign(desk.open(), 1);
        desk.move(ticket, "in_progress");
        ticket.drainHistory();
        ticket.drainEvents();
        Instant lastUpdate = ticket.updatedAt();
        desk.clock.advance(Duration.ofHours(1));

        ticket.transitionTo(desk.status("in_progress"), BOB_BY_EMAIL, desk.clock);

        assertEquals("in_progress", ticket.status().key());
        assertTrue(ticket.drainHistory().isEmpty());
        assertTrue(ticket.drainEvents().isEmpty());
        assertEquals(lastUpdate, ticket.updatedAt());
        assertEquals("alice", ticket.updatedBy());
    }

    @Test
    void resolvingStampsResolvedAtAndCountsAsTheFirstResponseWhenNoneWasGiven() {
        Ticket ticket = desk.open();
        Instant resolvedAt = desk.clock.advance(Duration.ofMinutes(30));

        desk.move(ticket, "resolved");

        assertEquals(resolvedAt, ticket.resolvedAt());
        assertEquals(resolvedAt, ticket.firstResponseAt());
        assertNull(ticket.closedAt());
        assertEquals(QueueState.DONE, ticket.queueState());
    }

    @Test
    void resolvingKeepsAnEarlierFirstResponse() {
        Ticket ticket = Ids.assign(desk.open(), 1);
        Instant repliedAt = desk.clock.advance(Duration.ofMinutes(10));
        ticket.comment(Comments.publicReplyBy(TicketFixture.ALICE), TicketFixture.ALICE, desk.clock);
        desk.clock.advance(Duration.ofMinutes(50));

        desk.move(ticket, "resolved");

        assertEquals(repliedAt, ticket.firstResponseAt());
    }

    @Test
    void closingAfterResolvingKeepsTheResolutionTimeAndStampsClosedAt() {
        Ticket ticket = desk.open();
        Instant resolvedAt = desk.clock.advance(Duration.ofHours(1));
        desk.move(ticket, "resolved");
        Instant closedAt = desk.clock.advance(Duration.ofDays(3));

        desk.move(ticket, "closed");

        assertEquals(resolvedAt, ticket.resolvedAt());
        assertEquals(closedAt, ticket.closedAt());
        assertEquals(QueueState.DONE, ticket.queueState());
    }

    @Test
    void cancellingClosesTheTicketAtOnceWithoutResolvingIt() {
        Ticket ticket = desk.open();
        Instant cancelledAt = desk.clock.advance(Duration.ofMinutes(5));

        desk.move(ticket, "cancelled");

        assertEquals(cancelledAt, ticket.closedAt());
        assertNull(ticket.resolvedAt(), "a cancelled ticket was never solved");
        assertEquals(0, ticket.tally().resolved());
        assertEquals(QueueState.DONE, ticket.queueState());
    }

    @Test
    void pendingStatusesLeaveTheResolutionTimestampsEmpty() {
        Ticket ticket = desk.open();

        desk.move(ticket, "waiting");
        desk.move(ticket, "on_hold");

        assertNull(ticket.resolvedAt());
        assertNull(ticket.closedAt());
        assertNull(ticket.firstResponseAt(), "waiting on the requester is not a response");
        assertEquals(QueueState.ACTIVE, ticket.queueState());
    }

    @Test
    void statusChangeIsRecordedInHistoryWithActorOriginAndTime() {
        Ticket ticket = Ids.assign(desk.open(), 42);
        ticket.drainHistory();
        Instant at = desk.clock.advance(Duration.ofMinutes(7));

        ticket.transitionTo(desk.status("waiting"), BOB_BY_EMAIL, desk.clock);

        List<TicketHistory> history = ticket.drainHistory();
        assertEquals(1, history.size());
        TicketHistory row = history.get(0);
        assertEquals(42, row.ticketId());
        assertEquals("status", row.field());
        assertEquals("new", row.oldValue());
        assertEquals("waiting", row.newValue());
        assertEquals("bob", row.actor());
        assertEquals(Origin.EMAIL, row.origin());
        assertEquals(at, row.at());
        assertEquals("bob", ticket.updatedBy());
        assertEquals(at, ticket.updatedAt());
    }

    @Test
    void statusChangeRaisesAnEventWithFromToAndCategory() {
        Ticket ticket = Ids.assign(desk.open(), 42);
        ticket.drainEvents();
        Instant at = desk.clock.advance(Duration.ofMinutes(7));

        ticket.transitionTo(desk.status("on_hold"), BOB_BY_EMAIL, desk.clock);

        List<DomainEvent> events = ticket.drainEvents();
        assertEquals(1, events.size());
        DomainEvent event = events.get(0);
        assertEquals(DomainEvent.STATUS_CHANGED, event.type());
        assertEquals(42, event.ticketId());
        assertEquals("TKT-000042", event.ticketNumber());
        assertEquals(at, event.occurredAt());
        assertEquals(BOB_BY_EMAIL, event.actor());
        assertEquals(Map.of("from", "new", "to", "on_hold", "category", "pending"), event.data());
    }

    @Test
    void openingRecordsTheCreationAndTheAssignment() {
        Ticket ticket = Ids.assign(
                desk.open(TicketFixture.spec()
                        .assignee(TicketFixture.agent(3, "carol"))
                        .build()),
                5);

        List<TicketHistory> history = ticket.drainHistory();
        List<DomainEvent> events = ticket.drainEvents();

        assertEquals(1, history.size());
        assertEquals("created", history.get(0).field());
        assertEquals("Printer on fire", history.get(0).newValue());
        assertEquals(Origin.PORTAL, history.get(0).origin());
        assertEquals(
                List.of(DomainEvent.CREATED, DomainEvent.ASSIGNED),
                events.stream().map(DomainEvent::type).toList());
        assertEquals(
                Map.of("status", "new", "priority", "medium"), events.get(0).data());
        assertEquals(Map.of("assignee", "carol"), events.get(1).data());
        assertEquals(Origin.PORTAL, ticket.source());
        assertEquals("alice", ticket.createdBy());
    }

    @Test
    void drainingHandsEachChangeOutOnce() {
        Ticket ticket = Ids.assign(desk.open(), 5);
        ticket.drainHistory();
        ticket.drainEvents();

        assertTrue(ticket.drainHistory().isEmpty());
        assertTrue(ticket.drainEvents().isEmpty());
    }

    @Test
    void severalFieldUpdatesOfOneCommandFoldIntoOneUpdatedEvent() {
        Ticket ticket = Ids.assign(desk.open(), 5);
        ticket.drainHistory();
        ticket.drainEvents();
        Instant at = desk.clock.advance(Duration.ofMinutes(1));

        ticket.retitle("Printer on fire again", TicketFixture.ALICE, desk.clock);
        ticket.retag(Set.of("hardware"), TicketFixture.ALICE, desk.clock);
        desk.move(ticket, "open");

        List<TicketHistory> history = ticket.drainHistory();
        List<DomainEvent> events = ticket.drainEvents();
        assertEquals(
                List.of("summary", "tags", "status"),
                history.stream().map(TicketHistory::field).toList());
        assertEquals(
                List.of(DomainEvent.STATUS_CHANGED, DomainEvent.UPDATED),
                events.stream().map(DomainEvent::type).toList());
        assertEquals(Map.of("fields", "summary,tags"), events.get(1).data());
        assertEquals(at, events.get(1).occurredAt());
    }
}
