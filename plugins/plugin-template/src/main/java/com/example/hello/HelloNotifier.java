package com.example.hello;

import io.switchboard.plugin.PluginConfig;
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

/** One configured receiver. Inside the server the JAX-RS client is the server's; it is closed with the notifier. */
final class HelloNotifier implements Notifier {

    private final PluginContext context;
    private final PluginConfig config;
    private final Client client;

    HelloNotifier(PluginContext context, PluginConfig config) {
        this.context = context;
        this.config = config;
        this.client = ClientBuilder.newBuilder()
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build();
    }

    @Override
    public DeliveryResult deliver(Notification n) {
        String ticket = n.ticket() == null ? "" : n.ticket().number();
        String body = Json.createObjectBuilder()
                .add("eventId", n.eventId()) // the same on every retry: receivers drop duplicates by it
                .add("text", config.string("greeting", "Hello") + ", " + n.type() + " on " + ticket)
                .add("instance", context.instanceName())
                .build()
                .toString();
        Invocation.Builder request = client.target(config.required("url")).request();
        config.get("token").ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try (Response response = request.post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
            int status = response.getStatus();
            if (status == 429 || status >= 500) {
                return DeliveryResult.retry("HTTP " + status);
            }
            return status < 300 ? DeliveryResult.delivered("HTTP " + status) : DeliveryResult.rejected("HTTP " + status);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
