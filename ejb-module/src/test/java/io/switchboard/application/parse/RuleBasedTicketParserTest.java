package io.switchboard.application.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.view.AgentRef;
import io.switchboard.application.view.Ref;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedTicketParserTest {

    private static final AgentRef ALEX = new AgentRef(1, "agent", "Alex Agent");
    private static final AgentRef SAM = new AgentRef(2, "supervisor", "Sam Supervisor");
    private static final ParseInput.Catalogue CATALOGUE = new ParseInput.Catalogue(
            List.of(new Ref(1, "Acme Corp"), new Ref(2, "Globex Corporation"), new Ref(3, "Initech")),
            List.of(ALEX, SAM),
            List.of(new Ref(1, "Service Desk"), new Ref(2, "Infrastructure"), new Ref(3, "Applications")),
            List.of(
                    new Ref(1, "Hardware"),
                    new Ref(2, "Software"),
                    new Ref(3, "Network"),
                    new Ref(4, "Email"),
                    new Ref(5, "Access")));
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z"); // a Wednesday

    private final RuleBasedTicketParser parser = new RuleBasedTicketParser();

    private TicketDraft parse(String text, AgentRef me) {
        return parser.parse(new ParseInput(text, CATALOGUE, me, null, null, NOW, ZoneOffset.UTC));
    }

    @Test
    void readsTheIssueExample() {
        TicketDraft d = parse("Outlook not syncing for Acme Corp, high priority, assign to me", ALEX);
        assertEquals("Outlook not syncing", d.summary());
        assertEquals("Acme Corp", d.company().name());
        assertEquals(Priority.HIGH, d.priority());
        assertEquals(ALEX, d.assignee());
        assertEquals(TicketType.INCIDENT, d.type());
        assertEquals("Email", d.category().name());
        assertNull(d.description(), "one sentence is the summary and its cues, not a description");
        assertEquals(List.of("board"), d.missingFields());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void aBoardNamedAfterACommaIsTakenAndLeavesTheSummary() {
        TicketDraft d = parse("Core switch flapping for Acme Corp, infrastructure board", ALEX);
        assertEquals("Infrastructure", d.board().name());
        assertEquals("Core switch flapping", d.summary());
    }

    @Test
    void theRequesterNamedOutrightLeavesTheSummaryAndTheRestIsTheDescription() {
        var megan = new io.switchboard.application.view.ContactRef(7, "Megan Bowen", "megan@initech.example");
        TicketDraft d = parser.parse(new ParseInput(
                "Laptop will not boot for Megan Bowen at Initech. She has a board meeting at 3 and needs it back.",
                CATALOGUE,
                ALEX,
                megan,
                null,
                NOW,
                ZoneOffset.UTC));
        assertEquals("Laptop will not boot", d.summary());
        assertEquals(megan, d.contact());
        assertEquals("Initech", d.company().name());
        assertEquals("She has a board meeting at 3 and needs it back.", d.description());
    }

    @Test
    void urgentAndAsapMeanHighAndCriticalWordsMeanCritical() {
        assertEquals(Priority.HIGH, parse("printer jammed, urgent", ALEX).priority());
        assertEquals(Priority.HIGH, parse("need this ASAP please", ALEX).priority());
        assertEquals(
                Priority.CRITICAL,
                parse("email down for everyone, emergency", ALEX).priority());
        assertEquals(Priority.LOW, parse("new mouse, not urgent", ALEX).priority());
        assertNull(parse("new mouse", ALEX).priority());
    }

    @Test
    void forgivesTyposInCompanyNamesAndSaysSo() {
        TicketDraft d = parse("VPN drops every hour for Globx", ALEX);
        assertEquals("Globex Corporation", d.company().name());
        assertTrue(
                d.warnings().stream().anyMatch(w -> w.field().equals("company")),
                d.warnings().toString());
        assertEquals("VPN drops every hour", d.summary());
        assertEquals("Network", d.category().name());
    }

    @Test
    void findsAgentsByFirstNameAndBoardsByCue() {
        TicketDraft d = parse("Server room too warm at Initech, assign to Sam on the Infrastructure board", ALEX);
        assertEquals(SAM, d.assignee());
        assertEquals("Infrastructure", d.board().name());
        assertEquals("Initech", d.company().name());
        assertEquals("Server room too warm", d.summary());
    }

    @Test
    void aCompanyNamedInPassingStaysInTheSummary() {
        TicketDraft d = parse("Printer in the Initech lobby prints blank pages, urgent", ALEX);
        assertEquals("Initech", d.company().name());
        assertEquals("Printer in the Initech lobby prints blank pages", d.summary());
    }

    @Test
    void aClippedBoardNameStillFindsTheBoard() {
        TicketDraft d = parse("VPN keeps dropping for Globx, urgent, assign to Sam on the infra board", ALEX);
        assertEquals("Infrastructure", d.board().name());
        assertEquals("VPN keeps dropping", d.summary());
    }

    @Test
    void meWithoutAnAgentRecordIsAWarningNotAGuess() {
        TicketDraft d = parse("Laptop broken, assign to me", null);
        assertNull(d.assignee());
        assertTrue(d.missingFields().contains("assignee"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.field().equals("assignee")));
    }

    @Test
    void anUnknownCompanyIsReportedAndLeftEmpty() {
        TicketDraft d = parse("Phones dead for Umbrella Corp", ALEX);
        assertNull(d.company());
        assertTrue(
                d.warnings().stream().anyMatch(w -> w.message().contains("Umbrella")),
                d.warnings().toString());
    }

    @Test
    void readsTypesAndDueDates() {
        TicketDraft d = parse("New laptop for a new starter at Acme by Friday", ALEX);
        assertEquals(TicketType.SERVICE_REQUEST, d.type());
        assertEquals(Instant.parse("2026-03-06T17:00:00Z"), d.dueAt());
        assertEquals(
                TicketType.CHANGE, parse("Upgrade the firewall firmware", ALEX).type());
    }

    @Test
    void theSameInputGivesTheSameDraft() {
        String text = "Excel crashes for Acme, p2, give it to agent";
        assertEquals(parse(text, ALEX), parse(text, ALEX));
    }
}
