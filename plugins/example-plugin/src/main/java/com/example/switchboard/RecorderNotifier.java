package com.example.switchboard;

import io.switchboard.plugin.CommentRequest;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.RemoteFailure;
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
import java.time.Duration;
import java.util.List;
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
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build();
    }

    @Override
    public DeliveryResult deliver(Notification n) throws Exception {
        switch (mode) {
            case "fail" -> throw new IllegalStateException("asked to fail");
            case "hang" -> hang();
            case "hang-before-v2" -> {
                if (RecorderNotifierFactory.VERSION.startsWith("1.")) {
                    hang(); // the bug that version 2 fixes
                }
            }
            case "linkage-error" -> throw new NoClassDefFoundError("com/example/missing/Library");
            default -> {
                // record
            }
        }
        var json = Json.createObjectBuilder();
        if ("remember".equals(mode)) {
            json.add("remembered", remember());
        }
        String body = json.add("eventId", n.eventId())
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
            if (status >= 300 && "typed".equals(mode)) {
                throw typed(status, response.getHeaderString("Retry-After"));
            }
            if (status >= 300) {
                return DeliveryResult.retry("HTTP " + status);
            }
        }
        if ("annotate".equals(mode) && n.ticket() != null && Notification.TICKET_CREATED.equals(n.type())) {
            context.tickets()
                    .addComment(n.ticket().number(), new CommentRequest("Recorded by " + context.instanceName(), true));
        }
        return DeliveryResult.delivered("posted");
    }

    /**
     * The receiver's answer as the plugin API's typed failure (1.1), as a real integration would
     * map its remote's status codes; a 5xx is a bare exception, as from a plugin that just throws.
     */
    private static Exception typed(int status, String retryAfter) {
        String what = "the receiver answered HTTP " + status;
        return switch (status) {
            case 429 ->
                RemoteFailure.throttled(
                        what, retryAfter == null ? null : Duration.ofSeconds(Long.parseLong(retryAfter.trim())));
            case 401 -> new RemoteFailure(RemoteFailure.Kind.UNAUTHORIZED, what);
            case 403 -> new RemoteFailure(RemoteFailure.Kind.FORBIDDEN, what);
            case 400, 422 -> RemoteFailure.invalid(what, List.of());
            default -> status >= 500 ? new IllegalStateException(what) : RemoteFailure.transientFailure(what, null);
        };
    }

    /**
     * Counts this instance's deliveries in its durable state (plugin API 1.1), so the count
     * survives upgrades, restarts and moves between servers, and keeps a secret beside it.
     */
    private int remember() {
        int seen = context.state().get("deliveries").map(Integer::parseInt).orElse(0) + 1;
        context.state().put("deliveries", Integer.toString(seen), false);
        if (context.state().get("session").isEmpty()) {
            context.state().put("session", "secret-session-of-" + context.instanceName(), true);
        }
        return seen;
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
