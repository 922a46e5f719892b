package io.switchboard.domain.ticket;

import static io.switchboard.testsupport.TicketFixture.ALICE;
import static io.switchboard.testsupport.TicketFixture.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.testsupport.Ids;
import io.switchboard.testsupport.TicketFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A ticket's share of the dashboard counts, which the repository adds and takes back as it changes. */
class TicketTallyTest {

    private final TicketFixture desk = new TicketFixture();

    /** Critical: resolution within four hours. */
    private Ticket openCritical() {
        return desk.open(TicketFixture.spec().priority(Priority.CRITICAL).build());
    }

    @Test
    void anOpenTicketCountsUnderItsDimensionsAndNotAsResolved() {
        Category hardware = Ids.assign(new Category("Hardware"), 4);
        Board desktop = Ids.assign(new Board("Desktop"), 6);
        Ticket ticket = desk.open(TicketFixture.spec()
                .priority(Priority.HIGH)
                .category(hardware)
                .board(desktop)
                .assignee(agent(8, "carol"))
                .build());

        assertEquals(new Tally(1, (short) 2, 4, 6, 8, 0, 0, 0), ticket.tally());
    }

    @Test
    void missingDimensionsCountAsZero() {
        assertEquals(new Tally(1, (short) 3, 0, 0, 0, 0, 0, 0), desk.open().tally());
    }

    @Test
    void aTicketResolvedInTimeCountsAsResolvedAndMet() {
        Ticket ticket = openCritical();
        desk.clock.advance(Duration.ofHours(3));

        desk.move(ticket, "resolved");

        Tally tally = ticket.tally();
        assertEquals(6, tally.statusId());
        assertEquals(3 * 3600, tally.resolvedSeconds());
        assertEquals(1, tally.resolved());
        assertEquals(1, tally.slaMet());
    }

    @Test
    void aTicketResolvedLateCountsAsResolvedButNotMet() {
        Ticket ticket = openCritical();
        desk.clock.advance(Duration.ofHours(5));

        desk.move(ticket, "resolved");

        assertEquals(1, ticket.tally().resolved());
        assertEquals(0, ticket.tally().slaMet());
    }

    @Test
    void closingKeepsTheResolutionAndItsVerdict() {
        Ticket ticket = openCritical();
        desk.clock.advance(Duration.ofHours(1));
        desk.move(ticket, "resolved");
        desk.clock.advance(Duration.ofDays(7));

        desk.move(ticket, "closed");

        assertEquals(new Tally(7, (short) 1, 0, 0, 0, 3600, 1, 1), ticket.tally());
    }

    @Test
    void reopeningTakesTheResolutionBack() {
        Ticket ticket = openCritical();
        desk.move(ticket, "resolved");

        desk.move(ticket, "open");

        assertEquals(new Tally(2, (short) 1, 0, 0, 0, 0, 0, 0), ticket.tally());
    }

    @Test
    void aDeletedTicketCountsNothingUntilRestored() {
        Ticket ticket = Ids.assign(openCritical(), 1);
        Tally before = ticket.tally();

        ticket.delete(ALICE, desk.clock);
        assertNull(ticket.tally());

        ticket.restore(ALICE, desk.clock);
        assertEquals(before, ticket.tally());
    }

    @Test
    void aTallyNegatesToTakeItBack() {
        Tally tally = new Tally(6, (short) 1, 4, 6, 8, 3600, 1, 1);

        assertEquals(new Tally(6, (short) 1, 4, 6, 8, -3600, -1, -1), tally.negate());
        assertTrue(tally.sameKey(tally.negate()));
    }
}
