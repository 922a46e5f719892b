package io.switchboard.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.ticket.Ticket;
import io.switchboard.testsupport.Ids;
import io.switchboard.testsupport.TicketFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seeded workflow is the one DESIGN §2 describes, and a ticket follows exactly its table. */
class DefaultWorkflowTest {

    private static final List<String> KEYS =
            List.of("new", "open", "in_progress", "waiting", "on_hold", "resolved", "closed", "cancelled");

    /** The whole table, written out by hand from the design: reopen goes to open, cancelled is final. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "new", List.of("open", "in_progress", "waiting", "on_hold", "resolved", "cancelled"),
            "open", List.of("in_progress", "waiting", "on_hold", "resolved", "cancelled"),
            "in_progress", List.of("open", "waiting", "on_hold", "resolved", "cancelled"),
            "waiting", List.of("open", "in_progress", "on_hold", "resolved", "cancelled"),
            "on_hold", List.of("open", "in_progress", "waiting", "resolved", "cancelled"),
            "resolved", List.of("open", "closed"),
            "closed", List.of("open"),
            "cancelled", List.of());

    private final TicketFixture desk = new TicketFixture();

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (String from : KEYS) {
            for (String to : KEYS) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void ticketFollowsTheTransitionTable(String from, String to) {
        Ticket ticket = Ids.assign(desk.openIn(from), 7);
        ticket.drainHistory();
        desk.clock.advance(Duration.ofMinutes(5));

        if (from.equals(to)) {
            desk.move(ticket, to);
            assertEquals(from, ticket.status().key());
            assertTrue(ticket.drainHistory().isEmpty(), "staying put records nothing");
        } else if (ALLOWED.get(from).contains(to)) {
            desk.move(ticket, to);
            assertEquals(to, ticket.status().key());
            assertEquals(1, ticket.drainHistory().size());
        } else {
            IllegalTransitionException refused =
                    assertThrows(IllegalTransitionException.class, () -> desk.move(ticket, to));
            assertAll(
                    () -> assertEquals(from, ticket.status().key(), "a refused move leaves the status alone"),
                    () -> assertTrue(ticket.drainHistory().isEmpty(), "a refused move records nothing"),
                    () -> assertEquals(ALLOWED.get(from), refused.allowed()),
                    () -> assertTrue(
                            refused.getMessage().contains("'" + from + "' cannot move to '" + to + "'"),
                            refused.getMessage()),
                    () -> assertTrue(refused.getMessage().contains(expectedListing(from)), refused.getMessage()));
        }
    }

    private static String expectedListing(String from) {
        List<String> allowed = ALLOWED.get(from);
        return allowed.isEmpty()
                ? "'" + from + "' is final."
                : "Allowed next statuses: " + String.join(", ", allowed) + ".";
    }

    @Test
    void seedHasTheEightStatusesInOrderWithTheirCategories() {
        Map<String, StatusCategory> categories = Map.of(
                "new", StatusCategory.NEW,
                "open", StatusCategory.OPEN,
                "in_progress", StatusCategory.OPEN,
                "waiting", StatusCategory.PENDING,
                "on_hold", StatusCategory.PENDING,
                "resolved", StatusCategory.RESOLVED,
                "closed", StatusCategory.CLOSED,
                "cancelled", StatusCategory.CLOSED);
        List<WorkflowStatus> statuses = desk.workflow.statuses();

        assertEquals(KEYS, statuses.stream().map(WorkflowStatus::key).toList());
        statuses.forEach(s -> assertEquals(categories.get(s.key()), s.category(), s.key()));
        assertEquals("new", desk.workflow.initial().key());
        assertEquals(1, statuses.stream().filter(WorkflowStatus::isInitial).count(), "exactly one initial status");
        assertTrue(statuses.stream().allMatch(WorkflowStatus::isActive));
    }

    @Test
    void allowedTargetsAreListedInDisplayOrder() {
        for (String key : KEYS) {
            assertEquals(
                    ALLOWED.get(key),
                    desk.status(key).allowedTargets().stream()
                            .map(WorkflowStatus::key)
                            .toList(),
                    key);
        }
    }

    @Test
    void anInactiveStatusCannotBeEnteredEvenWhenTheTableAllowsIt() {
        WorkflowStatus onHold = desk.status("on_hold");
        onHold.setActive(false);
        Ticket ticket = desk.openIn("open");

        IllegalTransitionException refused =
                assertThrows(IllegalTransitionException.class, () -> desk.move(ticket, "on_hold"));

        assertEquals(List.of("in_progress", "waiting", "resolved", "cancelled"), refused.allowed());
        assertTrue(
                refused.getMessage().endsWith("Allowed next statuses: in_progress, waiting, resolved, cancelled."),
                refused.getMessage());
        assertEquals("open", ticket.status().key());
    }

    @Test
    void aStatusCannotBeGivenATransitionToItself() {
        WorkflowStatus open = desk.status("open");
        assertThrows(IllegalArgumentException.class, () -> open.allow(open));
    }

    @Test
    void disallowingATransitionTakesEffectImmediately() {
        desk.status("open").disallow(desk.status("waiting"));
        Ticket ticket = desk.openIn("open");

        assertThrows(IllegalTransitionException.class, () -> desk.move(ticket, "waiting"));
    }
}
