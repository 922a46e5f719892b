package com.example.hostile;

import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;

/**
 * On a created ticket whose summary asks for it, writes an internal note with two reports: the
 * probes run while the factory created this notifier, and again during this delivery.
 */
final class ProberNotifier implements Notifier {

    private final PluginContext context;
    private final String createReport;

    ProberNotifier(PluginContext context, String createReport) {
        this.context = context;
        this.createReport = createReport;
    }

    @Override
    public DeliveryResult deliver(Notification n) {
        if ("ticket.created".equals(n.type())
                && n.ticket() != null
                && n.ticket().summary().startsWith("isolation probe")) {
            String body = "create:\n" + createReport + "\ndeliver:\n" + Probes.report(context);
            context.tickets().addComment(n.ticket().number(), new CommentRequest(body, true));
        }
        return DeliveryResult.delivered("probed");
    }
}
