package io.switchboard.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketEventNoticeTest {

    private static final Set<String> STAFF = Set.of("agent", "supervisor", "admin");

    private static Map<String, String> messages(String type, String actor, Map<String, String> data, String assignee, List<String> watchers,
            String text) {
        return TicketEventNotice.messages(new TicketEventNotice.Event(type, "TKT-000007", actor, data, assignee, watchers, text), STAFF,
                key -> key.equals("resolved") ? "Resolved" : key);
    }

    @Test
    void theAssigneeAndWatchersHearButNeverTheActor() {
        Map<String, String> m = messages("ticket.status_changed", "agent", Map.of("from", "new", "to", "resolved"), "agent",
                List.of("supervisor", "agent"), null);
        assertEquals(Map.of("supervisor", "agent moved TKT-000007 to Resolved"), m);
    }

    @Test
    void aNewAssigneeIsToldItIsTheirs() {
        Map<String, String> m = messages("ticket.assigned", "admin", Map.of("assignee", "agent"), "agent", List.of(), null);
        assertEquals(Map.of("agent", "admin assigned TKT-000007 to you"), m);
    }

    @Test
    void mentionsInANoteReachPeopleWhoAreNotOnTheTicket() {
        Map<String, String> m = messages("ticket.note_added", "agent", Map.of("author", "Alex Agent"), "agent", List.of(),
                "@Supervisor can you look? mail bob@admin.example, not @nobody");
        assertEquals(Map.of("supervisor", "Alex Agent mentioned you in TKT-000007"), m);
    }
}
