package io.switchboard.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketEventNoticeTest {

    private static String message(String type, Map<String, String> data, boolean toAssignee) {
        return TicketEventNotice.message(
                type, "TKT-000007", "agent", data, toAssignee, key -> key.equals("resolved") ? "Resolved" : key);
    }

    @Test
    void aStatusChangeNamesTheNewStatusByItsDisplayName() {
        assertEquals(
                "agent moved TKT-000007 to Resolved",
                message("ticket.status_changed", Map.of("from", "new", "to", "resolved"), false));
    }

    @Test
    void theNewAssigneeReadsThatItIsTheirsAndOthersReadToWhom() {
        assertEquals("agent assigned TKT-000007 to you", message("ticket.assigned", Map.of("assignee", "sam"), true));
        assertEquals("agent assigned TKT-000007 to sam", message("ticket.assigned", Map.of("assignee", "sam"), false));
        assertEquals("agent unassigned TKT-000007", message("ticket.assigned", Map.of("assignee", ""), false));
    }

    @Test
    void commentsAndMentionsNameTheAuthor() {
        assertEquals(
                "Alex Agent mentioned you in TKT-000007",
                message("ticket.mentioned", Map.of("author", "Alex Agent"), false));
        assertEquals(
                "Alex Agent posted the solution on TKT-000007",
                message("ticket.reply_added", Map.of("author", "Alex Agent", "solution", "true"), false));
        assertEquals(
                "Alex Agent added an internal note to TKT-000007",
                message("ticket.note_added", Map.of("author", "Alex Agent"), false));
    }

    @Test
    void slaEventsSayWhatIsAtStake() {
        assertEquals("TKT-000007 has breached its SLA", message("sla.breached", Map.of(), true));
        assertEquals("TKT-000007 is close to its SLA deadline", message("sla.warning", Map.of(), true));
    }
}
