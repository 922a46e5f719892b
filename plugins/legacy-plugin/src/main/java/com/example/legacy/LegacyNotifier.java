package com.example.legacy;

import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

final class LegacyNotifier implements Notifier {

    private final PluginContext context;
    private final PluginConfig config;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    LegacyNotifier(PluginContext context, PluginConfig config) {
        this.context = context;
        this.config = config;
    }

    @Override
    public DeliveryResult deliver(Notification n) throws Exception {
        String ticket = n.ticket() == null ? "" : n.ticket().number();
        String body = "{\"eventId\":\"" + n.eventId() + "\",\"type\":\"" + n.type() + "\",\"ticket\":\"" + ticket
                + "\",\"attempt\":" + n.attempt() + ",\"instance\":\"" + context.instanceName()
                + "\",\"builtFor\":\"1.0\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.required("url")))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        config.get("token").ifPresent(t -> request.header("Authorization", "Bearer " + t));
        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status >= 300) {
            return DeliveryResult.retry("HTTP " + status);
        }
        if (config.bool("annotate", false) && Notification.TICKET_CREATED.equals(n.type()) && n.ticket() != null) {
            context.tickets().addComment(ticket, new CommentRequest("Seen by a plugin built for API 1.0", true));
        }
        return DeliveryResult.delivered("posted at " + context.clock().instant());
    }

    @Override
    public void close() {
        // the JDK client holds nothing that outlives its last request
    }
}
