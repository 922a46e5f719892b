package io.switchboard.infrastructure.plugin;

import io.switchboard.application.PluginTicketGateway;
import io.switchboard.application.notify.Addressee;
import io.switchboard.application.notify.DeliveryOutcome;
import io.switchboard.application.notify.EventNotice;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Recipient;

/**
 * The edge between the core's notification model and the plugin API's: a notifier plugin gets
 * the API's records and answers with them, so either side can change behind this translation.
 */
final class NotifierRecords {

    private NotifierRecords() {}

    static Notification toPlugin(EventNotice n) {
        return new Notification(
                n.eventId(),
                n.type(),
                n.occurredAt(),
                n.actor(),
                n.ticket() == null ? null : PluginTicketGateway.summary(n.ticket()),
                n.data(),
                n.recipients().stream().map(NotifierRecords::toPlugin).toList(),
                n.attempt());
    }

    static Recipient toPlugin(Addressee a) {
        return new Recipient(
                a.username(),
                a.name(),
                a.email(),
                Recipient.Role.valueOf(a.role().name()));
    }

    /** A plugin that answers null made no decision: that is a failed try, as a throw would be. */
    static DeliveryOutcome fromPlugin(DeliveryResult r) {
        if (r == null || r.outcome() == null) {
            return DeliveryOutcome.retry("the plugin returned no result");
        }
        return new DeliveryOutcome(DeliveryOutcome.Outcome.valueOf(r.outcome().name()), r.detail(), r.retryAfter());
    }
}
