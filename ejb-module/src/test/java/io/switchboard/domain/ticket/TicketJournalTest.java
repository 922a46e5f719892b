package io.switchboard.domain.ticket;

import static io.switchboard.testsupport.TicketFixture.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.testsupport.Ids;
import io.switchboard.testsupport.TicketFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a ticket hands its repository after a command: history rows and folded domain events. */
class TicketJournalTest {

    private final TicketFixture desk = new TicketFixture();

    @Test
    void anImportedTicketWhoseEventsWereDiscardedDrainsNoneBeforeItHasAnId() {
        Ticket imported = desk.open();
        imported.discardEvents(); // an imported past notifies nobody
        assertEquals(List.of(), imported.drainEvents()); // not stored yet: the id, still null, is not read
    }

    @Test
    void severalEditsOfOneCommandBecomeOneUpdatedEventNamingEachField() {
        Ticket ticket = Ids.assign(desk.open(), 41);
        ticket.drainHistory();
        ticket.drainEvents();

        ticket.retitle("Toner everywhere in room 4", ALICE, desk.clock);
        ticket.describe("Smoke from tray 2", ALICE, desk.clock);

        List<DomainEvent> events = ticket.drainEvents();
        assertEquals(1, events.size(), events.toString());
        assertEquals(DomainEvent.UPDATED, events.get(0).type());
        assertEquals(41, events.get(0).ticketId());
        assertEquals(Map.of("fields", "description,summary"), events.get(0).data());
        assertEquals(
                List.of("summary", "description"),
                ticket.drainHistory().stream().map(TicketHistory::field).toList());
    }

    @Test
    void whatWasDrainedIsNotHandedOutTwice() {
        Ticket ticket = Ids.assign(desk.open(), 42);
        ticket.retitle("Scanner jams", ALICE, desk.clock);

        ticket.drainHistory();
        ticket.drainEvents();

        assertEquals(List.of(), ticket.drainHistory());
        assertEquals(List.of(), ticket.drainEvents());
    }
}
