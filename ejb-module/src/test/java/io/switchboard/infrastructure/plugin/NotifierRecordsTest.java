package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.application.notify.Addressee;
import io.switchboard.application.notify.DeliveryOutcome;
import io.switchboard.application.notify.EventNotice;
import io.switchboard.application.notify.EventTicket;
import io.switchboard.application.notify.EventTypes;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The core's notification model and the plugin API's meet here, and nothing is lost between them. */
class NotifierRecordsTest {

    private static final EventTicket TICKET = new EventTicket(
            177,
            "TKT-000177",
            "Printer on fire",
            "in_progress",
            "open",
            "high",
            "incident",
            "sam",
            "Megan Bowen",
            "megan@contoso.example",
            "Contoso",
            "Service Desk",
            Instant.parse("2026-12-04T10:00:00Z"),
            "connectwise",
            "4711",
            "https://desk.example/tickets/TKT-000177");

    @Test
    void aNoticeReachesThePluginFieldForField() {
        EventNotice notice = new EventNotice(
                "e-1",
                "ticket.reply_added",
                Instant.parse("2026-12-04T09:00:00Z"),
                "sam",
                TICKET,
                Map.of("excerpt", "On it"),
                List.of(
                        new Addressee(null, "Megan Bowen", "megan@contoso.example", Addressee.Role.REQUESTER),
                        new Addressee("kim", "Kim Akers", "kim@desk.example", Addressee.Role.WATCHER)),
                3);

        Notification n = NotifierRecords.toPlugin(notice);

        assertEquals("e-1", n.eventId());
        assertEquals("ticket.reply_added", n.type());
        assertEquals(notice.occurredAt(), n.occurredAt());
        assertEquals("sam", n.actor());
        assertEquals(Map.of("excerpt", "On it"), n.data());
        assertEquals(3, n.attempt());
        assertEquals(
                List.of(
                        new Recipient(null, "Megan Bowen", "megan@contoso.example", Recipient.Role.REQUESTER),
                        new Recipient("kim", "Kim Akers", "kim@desk.example", Recipient.Role.WATCHER)),
                n.recipients());
        assertEquals("TKT-000177", n.ticket().number());
        assertEquals("open", n.ticket().statusCategory());
        assertEquals("megan@contoso.example", n.ticket().requesterEmail());
        assertEquals(TICKET.deadlineAt(), n.ticket().deadlineAt());
        assertEquals("4711", n.ticket().externalId());
        assertEquals(TICKET.url(), n.ticket().url());
    }

    @Test
    void aNoticeWithoutItsTicketReachesThePluginWithout() {
        EventNotice notice = new EventNotice("e-2", "ticket.deleted", Instant.EPOCH, "sam", null, null, null, 1);
        assertNull(NotifierRecords.toPlugin(notice).ticket());
    }

    @Test
    void everyRoleAndEveryOutcomeHasItsCounterpart() {
        for (Addressee.Role role : Addressee.Role.values()) {
            assertEquals(
                    role.name(),
                    NotifierRecords.toPlugin(new Addressee("x", "X", "x@example.com", role))
                            .role()
                            .name());
        }
        assertEquals(
                Arrays.stream(DeliveryResult.Outcome.values()).map(Enum::name).toList(),
                Arrays.stream(DeliveryOutcome.Outcome.values()).map(Enum::name).toList());
        assertEquals(
                new DeliveryOutcome(DeliveryOutcome.Outcome.RETRY, "429", Duration.ofSeconds(30)),
                NotifierRecords.fromPlugin(DeliveryResult.retryAfter("429", Duration.ofSeconds(30))));
        assertEquals(
                DeliveryOutcome.rejected("HTTP 404"), NotifierRecords.fromPlugin(DeliveryResult.rejected("HTTP 404")));
        assertEquals(
                DeliveryOutcome.Outcome.RETRY, NotifierRecords.fromPlugin(null).outcome());
    }

    @Test
    void theEventsPeopleChooseAreTheOnesThePluginApiNames() {
        assertEquals(Notification.PERSONAL_EVENTS, EventTypes.PERSONAL);
    }
}
