package io.switchboard.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.TicketSummary;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import io.switchboard.plugin.notify.Recipient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The notifier contract: a sample event is delivered and arrives where the notifier sends it,
 * and a redelivery of the same event carries the same event id. Subclasses start their fake
 * receiver (an SMTP server, an HTTP endpoint) in {@code validConfig()}'s setup and check it in
 * {@link #assertArrived}.
 */
public abstract class NotifierContract extends PluginFactoryContract<NotifierFactory> {

    @Override
    protected Class<? super NotifierFactory> kind() {
        return NotifierFactory.class;
    }

    /** Checks the receiver got this notification (its event id, its ticket number). */
    protected abstract void assertArrived(Notification notification) throws Exception;

    public static Notification sample(String type) {
        TicketSummary ticket = new TicketSummary(
                123,
                "TKT-000123",
                "Printer on 3rd floor offline",
                "open",
                "open",
                "high",
                "incident",
                "agent",
                "Rita Requester",
                "rita@example.com",
                "Acme",
                "Service Desk",
                TestPluginContext.NOW.plusSeconds(3600),
                null,
                null,
                "https://desk.example.com/tickets/TKT-000123");
        List<Recipient> recipients = List.of(
                new Recipient("agent", "Alex Agent", "alex@example.com", Recipient.Role.ASSIGNEE),
                new Recipient(null, "Rita Requester", "rita@example.com", Recipient.Role.REQUESTER));
        return new Notification(
                UUID.randomUUID().toString(),
                type,
                TestPluginContext.NOW,
                "supervisor",
                ticket,
                Map.of("from", "new", "to", "open", "excerpt", "We are on it."),
                recipients,
                1);
    }

    @Test
    void deliversASampleEvent() throws Exception {
        PluginConfig config = validConfig();
        try (Notifier notifier = factory().create(context(config), config)) {
            Notification n = sample(Notification.STATUS_CHANGED);
            DeliveryResult result = notifier.deliver(n);
            assertNotNull(result);
            assertEquals(DeliveryResult.Outcome.DELIVERED, result.outcome(), result.detail());
            assertArrived(n);
        }
    }

    @Test
    void aRedeliveryCarriesTheSameEventId() throws Exception {
        PluginConfig config = validConfig();
        try (Notifier notifier = factory().create(context(config), config)) {
            Notification first = sample(Notification.REPLY_ADDED);
            Notification again = new Notification(
                    first.eventId(),
                    first.type(),
                    first.occurredAt(),
                    first.actor(),
                    first.ticket(),
                    first.data(),
                    first.recipients(),
                    2);
            assertEquals(
                    DeliveryResult.Outcome.DELIVERED, notifier.deliver(first).outcome());
            assertEquals(
                    DeliveryResult.Outcome.DELIVERED, notifier.deliver(again).outcome());
            assertArrived(again);
        }
    }
}
