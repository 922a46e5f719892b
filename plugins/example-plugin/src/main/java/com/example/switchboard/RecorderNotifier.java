package com.example.switchboard;

import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import jakarta.json.Json;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;

/** One receiver. The JAX-RS client comes from the server (inside Liberty) and is closed with the notifier. */
final class RecorderNotifier implements Notifier {

    private final String url;
    private final String token;
    private final String mode;
    private final PluginContext context;
    private final Client client;

    RecorderNotifier(String url, String token, String mode, PluginContext context) {
        this.url = url;
        this.token = token;
        this.mode = mode;
        this.context = context;
        this.client = ClientBuilder.newBuilder().connectTimeout(3, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS).build();
    }

    @Override
    public DeliveryResult deliver(Notification n) throws Exception {
        switch (mode) {
            case "fail" -> throw new IllegalStateException("asked to fail");
            case "hang" -> hang();
            case "linkage-error" -> throw new NoClassDefFoundError("com/example/missing/Library");
            default -> {
                // record
            }
        }
        String body = Json.createObjectBuilder()
                .add("eventId", n.eventId())
                .add("type", n.type())
                .add("ticket", n.ticket() == null ? "" : n.ticket().number())
                .add("attempt", n.attempt())
                .add("pluginVersion", RecorderNotifierFactory.VERSION)
                .add("instance", context.instanceName())
                .build()
                .toString();
        Invocation.Builder request = client.target(url).request();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = request.post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
            int status = response.getStatus();
            if (status >= 300) {
                return DeliveryResult.retry("HTTP " + status);
            }
        }
        if ("annotate".equals(mode) && n.ticket() != null && Notification.TICKET_CREATED.equals(n.type())) {
            context.tickets().addComment(n.ticket().number(), new CommentRequest("Recorded by " + context.instanceName(), true));
        }
        return DeliveryResult.delivered("posted");
    }

    /** Sleeps for a minute and ignores interrupts: the worst a plugin can do to a thread. */
    private static void hang() {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                // deliberately ignored
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
