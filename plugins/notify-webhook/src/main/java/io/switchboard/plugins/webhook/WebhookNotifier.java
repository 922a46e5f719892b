package io.switchboard.plugins.webhook;

import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Posts to one target. Each delivery checks the URL again (DNS may have changed) and connects to
 * the address it checked, with the original host in the Host header and, for https, in SNI and
 * certificate verification. Redirects are never followed. 2xx is delivered; 408, 429 and 5xx are
 * retried (honouring Retry-After); other answers are rejected, since retrying cannot fix them.
 */
final class WebhookNotifier implements Notifier {

    static final String EVENT_HEADER = "X-Switchboard-Event-Id";
    static final String TYPE_HEADER = "X-Switchboard-Event-Type";

    private final String url;
    private final String preset;
    private final String secret;
    private final int timeoutSeconds;
    private final OutboundGuard guard;
    private final Clock clock;

    WebhookNotifier(PluginConfig config, OutboundGuard guard, Clock clock) {
        this.url = config.required("url");
        this.preset = config.string("preset", "json");
        this.secret = config.get("secret").orElse(null);
        this.timeoutSeconds = config.integer("timeoutSeconds", 8);
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public DeliveryResult deliver(Notification n) throws Exception {
        WebhookUrl webhook;
        OutboundGuard.Target target;
        try {
            webhook = WebhookUrl.parse(url);
            target = webhook.check(guard);
        } catch (OutboundGuard.TargetRefused e) {
            return DeliveryResult.rejected("refused target: " + e.getMessage());
        }
        Instant now = clock.instant();
        String body = switch (preset) {
            case "slack" -> Payloads.slack(n);
            case "teams" -> Payloads.teams(n);
            default -> Payloads.generic(n, now);
        };
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .readTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .property("jersey.config.client.followRedirects", false)
                .property("dev.resteasy.client.follow.redirects", false);
        if (webhook.https()) {
            builder.sslContext(guard.tls(target)).hostnameVerifier(guard.hostnameVerifier(target));
        }
        Client client = builder.build();
        long started = System.nanoTime();
        try {
            Invocation.Builder request = client.target(webhook.pinned(target))
                    .request()
                    .header("Host", webhook.hostHeader(target))
                    .header("User-Agent", "Switchboard-Webhook/1")
                    .header(EVENT_HEADER, n.eventId())
                    .header(TYPE_HEADER, n.type());
            if (secret != null && "json".equals(preset)) {
                request.header(Signature.HEADER, Signature.header(secret, now.getEpochSecond(), body));
            }
            try (Response response = request.post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
                return outcome(response, (System.nanoTime() - started) / 1_000_000, target);
            }
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return DeliveryResult.retry("no answer from " + target.host() + " ("
                    + target.address().getHostAddress() + "): "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        } finally {
            client.close();
        }
    }

    private static DeliveryResult outcome(Response response, long millis, OutboundGuard.Target target) {
        int status = response.getStatus();
        String detail = "HTTP " + status + " from " + target.host() + " ("
                + target.address().getHostAddress() + ") in " + millis + " ms";
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(detail);
        }
        if (status == 408 || status == 429 || status >= 500) {
            Duration after = retryAfter(response.getHeaderString("Retry-After"));
            return after == null ? DeliveryResult.retry(detail) : DeliveryResult.retryAfter(detail, after);
        }
        if (status >= 300 && status < 400) {
            return DeliveryResult.rejected(detail + "; redirects are not followed, configure the final URL");
        }
        return DeliveryResult.rejected(detail);
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds >= 0 && seconds <= 86_400 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the schedule's own backoff applies
        }
    }
}
