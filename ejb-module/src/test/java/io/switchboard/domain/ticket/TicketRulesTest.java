package io.switchboard.domain.ticket;

import static io.switchboard.testsupport.TicketFixture.ALICE;
import static io.switchboard.testsupport.TicketFixture.agent;
import static io.switchboard.testsupport.TicketFixture.company;
import static io.switchboard.testsupport.TicketFixture.contact;
import static io.switchboard.testsupport.TicketFixture.seedPolicy;
import static io.switchboard.testsupport.TicketFixture.spec;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.testsupport.Ids;
import io.switchboard.testsupport.TicketFixture;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketRulesTest {

    private final TicketFixture desk = new TicketFixture();
    private final Company acme = company(1, "Acme");
    private final Company globex = company(2, "Globex");
    private final Contact dana = contact(10, "dana@acme.example", acme);

    private static String field(DomainException e) {
        return e.errors().get(0).field();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void summaryIsRequired(String summary) {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> desk.open(spec().summary(summary).build()));

        assertEquals("summary", field(refused));
    }

    @Test
    void summaryIsTrimmed() {
        assertEquals(
                "Printer on fire",
                desk.open(spec().summary("  Printer on fire \n").build()).summary());
    }

    @Test
    void summaryMayHaveTwoHundredCharacters() {
        String longest = "x".repeat(200);

        assertEquals(longest, desk.open(spec().summary(longest).build()).summary());
        assertEquals(
                longest,
                desk.open(spec().summary("  " + longest + "  ").build()).summary(),
                "padding does not count");
    }

    @Test
    void summaryOfTwoHundredAndOneCharactersIsRefusedNamingTheLimit() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> desk.open(spec().summary("x".repeat(201)).build()));

        assertEquals("summary", field(refused));
        assertTrue(refused.errors().get(0).message().contains("at most 200 characters"), refused.getMessage());
        assertTrue(refused.errors().get(0).message().contains("201"), refused.getMessage());
    }

    @Test
    void retitlingFollowsTheSameRules() {
        Ticket ticket = desk.open();

        assertThrows(InvalidInputException.class, () -> ticket.retitle(" ", ALICE, desk.clock));
        assertThrows(InvalidInputException.class, () -> ticket.retitle("x".repeat(201), ALICE, desk.clock));
        ticket.retitle("  Toner empty ", ALICE, desk.clock);

        assertEquals("Toner empty", ticket.summary());
    }

    @Test
    void aBlankDescriptionIsNone() {
        assertNull(desk.open(spec().description("  \n ").build()).description());
    }

    @Test
    void tagsAreTrimmedLowerCasedAndDeduplicated() {
        Ticket ticket = desk.open(spec().tags(" VPN ", "vpn", "Site:Berlin", "é-mail", "v1.2/beta_3")
                .build());

        assertEquals(Set.of("vpn", "site:berlin", "é-mail", "v1.2/beta_3"), ticket.tags());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-leading-dash", ".hidden", "two words", "semi;colon", "tag!", "<b>"})
    void malformedTagsAreRefused(String tag) {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> desk.open(spec().tags(tag).build()));

        assertEquals("tags", field(refused));
    }

    @Test
    void aTagMayHaveFiftyCharactersButNotMore() {
        assertEquals(
                Set.of("t".repeat(50)),
                desk.open(spec().tags("t".repeat(50)).build()).tags());
        assertThrows(
                InvalidInputException.class,
                () -> desk.open(spec().tags("t".repeat(51)).build()));
    }

    @Test
    void aTicketHasAtMostTwentyTags() {
        Ticket ticket = desk.open();
        Set<String> twenty =
                IntStream.rangeClosed(1, 20).mapToObj(i -> "tag" + i).collect(Collectors.toSet());
        Set<String> twentyOne = new HashSet<>(twenty);
        twentyOne.add("tag21");

        ticket.retag(twenty, ALICE, desk.clock);
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> ticket.retag(twentyOne, ALICE, desk.clock));

        assertEquals("tags", field(refused));
        assertEquals(twenty, ticket.tags());
    }

    @Test
    void aNullTagIsRefused() {
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        Ticket ticket = desk.open();

        assertThrows(InvalidInputException.class, () -> ticket.retag(withNull, ALICE, desk.clock));
    }

    @Test
    void aContactMustBelongToTheGivenCompany() {
        UnprocessableException refused = assertThrows(
                UnprocessableException.class,
                () -> desk.open(spec().company(globex).contact(dana).build()));

        assertEquals("contactId", field(refused));
        assertTrue(
                refused.getMessage().contains("Acme") && refused.getMessage().contains("Globex"), refused.getMessage());
    }

    @Test
    void theCompanyIsTakenFromTheContactWhenNotGiven() {
        Ticket ticket = desk.open(spec().contact(dana).build());

        assertSame(acme, ticket.company());
        assertSame(dana, ticket.contact());
    }

    @Test
    void aContactOfTheSameCompanyIsAccepted() {
        Ticket ticket =
                desk.open(spec().company(company(1, "Acme")).contact(dana).build());

        assertEquals(1L, ticket.company().id());
    }

    @Test
    void inactiveContactsAndCompaniesAreRefused() {
        Contact gone = contact(11, "gone@acme.example", acme);
        gone.setActive(false);
        Company closed = company(3, "Initech");
        closed.setActive(false);

        assertEquals(
                "contactId",
                field(assertThrows(
                        UnprocessableException.class,
                        () -> desk.open(spec().contact(gone).build()))));
        assertEquals(
                "companyId",
                field(assertThrows(
                        UnprocessableException.class,
                        () -> desk.open(spec().company(closed).build()))));
    }

    @Test
    void changingTheRequesterChecksTheCompanyToo() {
        Ticket ticket = desk.open(spec().contact(dana).build());

        assertThrows(UnprocessableException.class, () -> ticket.changeRequester(globex, dana, ALICE, desk.clock));
        assertSame(acme, ticket.company());

        Contact eve = contact(12, "eve@globex.example", globex);
        ticket.changeRequester(null, eve, ALICE, desk.clock);
        assertSame(globex, ticket.company());
        assertSame(eve, ticket.contact());
    }

    @Test
    void inactiveAgentsCannotBeAssigned() {
        Agent away = agent(5, "away");
        away.setActive(false);

        UnprocessableException atOpen = assertThrows(
                UnprocessableException.class,
                () -> desk.open(spec().assignee(away).build()));
        Ticket ticket = desk.open();
        UnprocessableException later =
                assertThrows(UnprocessableException.class, () -> ticket.assignTo(away, ALICE, desk.clock));

        assertEquals("assigneeId", field(atOpen));
        assertEquals("assigneeId", field(later));
        assertNull(ticket.assignee());
    }

    @Test
    void inactiveAgentsCannotWatchOrTakeTasks() {
        Agent away = agent(5, "away");
        away.setActive(false);
        Ticket ticket = Ids.assign(desk.open(), 1);

        assertEquals(
                "agentId",
                field(assertThrows(UnprocessableException.class, () -> ticket.watch(away, ALICE, desk.clock))));
        assertEquals(
                "assigneeId",
                field(assertThrows(
                        UnprocessableException.class,
                        () -> ticket.addTask("Swap toner", away, null, 1, ALICE, desk.clock))));
        assertTrue(ticket.watchers().isEmpty());
    }

    @Test
    void assigningAndUnassigningAreRecorded() {
        Ticket ticket = Ids.assign(desk.open(), 1);
        ticket.drainHistory();
        Agent carol = agent(3, "carol");

        ticket.assignTo(carol, ALICE, desk.clock);
        ticket.assignTo(agent(3, "carol"), ALICE, desk.clock);
        ticket.assignTo(null, ALICE, desk.clock);

        List<TicketHistory> history = ticket.drainHistory();
        assertEquals(2, history.size(), "assigning the same agent again is no change");
        assertEquals("carol", history.get(0).newValue());
        assertEquals("carol", history.get(1).oldValue());
        assertNull(history.get(1).newValue());
        assertNull(ticket.assignee());
    }

    @Test
    void anAgentWatchesOnce() {
        Ticket ticket = desk.open();
        Agent carol = agent(3, "carol");

        ticket.watch(carol, ALICE, desk.clock);
        ticket.watch(agent(3, "carol"), ALICE, desk.clock);

        assertEquals(1, ticket.watchers().size());
        assertTrue(ticket.isWatchedBy(carol));
        ticket.unwatch(carol, ALICE, desk.clock);
        assertFalse(ticket.isWatchedBy(carol));
    }

    @Test
    void aDeletedTicketRefusesChanges() {
        Ticket ticket = Ids.assign(desk.open(), 1);
        Agent carol = agent(3, "carol");
        ticket.watch(carol, ALICE, desk.clock);
        desk.clock.advance(Duration.ofMinutes(5));
        ticket.delete(ALICE, desk.clock);
        ticket.drainHistory();
        Agent dave = agent(4, "dave");

        List<Executable> changes = List.of(
                () -> desk.move(ticket, "open"),
                () -> ticket.reprioritise(Priority.HIGH, seedPolicy(Priority.HIGH), ALICE, desk.clock),
                () -> ticket.assignTo(dave, ALICE, desk.clock),
                () -> ticket.retitle("Something else", ALICE, desk.clock),
                () -> ticket.describe("More detail", ALICE, desk.clock),
                () -> ticket.retag(Set.of("new-tag"), ALICE, desk.clock),
                () -> ticket.dueBy(desk.clock.instant().plusSeconds(3600), ALICE, desk.clock),
                () -> ticket.watch(dave, ALICE, desk.clock),
                () -> ticket.unwatch(carol, ALICE, desk.clock),
                () -> ticket.comment(Comments.publicReplyBy(ALICE), ALICE, desk.clock),
                () -> ticket.addTask("Swap toner", null, null, 1, ALICE, desk.clock),
                () -> ticket.delete(ALICE, desk.clock));
        for (Executable change : changes) {
            ConflictException refused = assertThrows(ConflictException.class, change);
            assertTrue(refused.getMessage().contains("TKT-000001 is deleted"), refused.getMessage());
        }

        assertAll(
                () -> assertEquals("new", ticket.status().key()),
                () -> assertEquals(Priority.MEDIUM, ticket.priority()),
                () -> assertNull(ticket.assignee()),
                () -> assertEquals("Printer on fire", ticket.summary()),
                () -> assertEquals(Set.of(), ticket.tags()),
                () -> assertEquals(List.of(carol), ticket.watchers()),
                () -> assertNull(ticket.firstResponseAt()),
                () -> assertTrue(ticket.drainHistory().isEmpty()));
    }

    @Test
    void deletingHidesTheTicketFromTheQueueAndRestoringBringsItBack() {
        Ticket ticket = Ids.assign(desk.open(), 1);

        ticket.delete(ALICE, desk.clock);
        assertEquals(QueueState.DELETED, ticket.queueState());
        assertNull(ticket.deadlineAt());
        assertEquals(desk.clock.instant(), ticket.deletedAt());
        assertEquals("alice", ticket.deletedBy());

        ticket.restore(ALICE, desk.clock);
        assertEquals(QueueState.ACTIVE, ticket.queueState());
        assertNull(ticket.deletedAt());
        assertEquals(ticket.sla().firstResponseDueAt(), ticket.deadlineAt());
        desk.move(ticket, "open");
        assertEquals("open", ticket.status().key());
    }
}
