package io.switchboard.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import io.switchboard.plugin.testing.HttpReceiver;
import io.switchboard.plugin.testing.NotifierContract;
import io.switchboard.plugin.testing.TestPluginContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhookNotifierContractTest extends NotifierContract {

    private static final String SECRET = "a-shared-secret-of-some-length";
    private static HttpReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = HttpReceiver.start(9393); // this project's test servers use 9390-9399
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Override
    protected NotifierFactory factory() {
        return new WebhookNotifierFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return config("json");
    }

    private static PluginConfig config(String preset) {
        Map<String, String> c = new HashMap<>();
        c.put("url", receiver.url("/hook").replace("127.0.0.1", "localhost"));
        c.put("preset", preset);
        c.put("secret", SECRET);
        c.put("allowInternal", "127.0.0.0/8\n::1/128");
        return PluginConfig.of(c);
    }

    @Override
    protected void assertArrived(Notification n) {
        HttpReceiver.Received r = receiver.received().stream()
                .filter(x -> n.eventId().equals(x.headers().get("x-switchboard-event-id")))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("not received: " + n.eventId()));
        JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
        assertEquals(n.eventId(), body.getString("id"));
        assertEquals(n.type(), body.getString("type"));
        assertEquals("TKT-000123", body.getJsonObject("ticket").getString("number"));
        String signature = r.headers().get("x-switchboard-signature");
        String t = signature.substring(2, signature.indexOf(','));
        assertEquals(
                "t=" + t + ",v1=" + Signature.hmac(SECRET, t + "." + r.body()),
                signature,
                "the documented verification must pass");
        assertTrue(
                r.headers().get("host").startsWith("localhost:"),
                "the Host header keeps the configured name: " + r.headers());
    }

    private DeliveryResult deliver(PluginConfig config, Notification n) throws Exception {
        try (Notifier notifier = factory().create(TestPluginContext.of(config), config)) {
            return notifier.deliver(n);
        }
    }

    @Test
    void retriesServerErrorsHonouringRetryAfterAndRejectsClientErrors() throws Exception {
        try {
            receiver.answerWith(503);
            DeliveryResult r = deliver(validConfig(), sample(Notification.TICKET_CREATED));
            assertEquals(DeliveryResult.Outcome.RETRY, r.outcome());
            assertTrue(r.detail().startsWith("HTTP 503"), r.detail());
            receiver.answerWith(410);
            assertEquals(
                    DeliveryResult.Outcome.REJECTED,
                    deliver(validConfig(), sample(Notification.TICKET_CREATED)).outcome());
        } finally {
            receiver.answerWith(200);
        }
    }

    @Test
    void retriesWhenNobodyAnswers() throws Exception {
        Map<String, String> c = new HashMap<>(validConfig().asMap());
        c.put("url", "http://127.0.0.1:9/unused");
        assertEquals(
                DeliveryResult.Outcome.RETRY,
                deliver(PluginConfig.of(c), sample(Notification.TICKET_CREATED)).outcome());
    }

    @Test
    void aTargetTheGuardRefusesIsRejectedAndNothingIsSent() throws Exception {
        int before = receiver.received().size();
        OutboundGuard refusing = (host, port) -> {
            throw new OutboundGuard.TargetRefused(host + " resolves to 127.0.0.1, a loopback address");
        };
        try (Notifier notifier = factory().create(TestPluginContext.of(validConfig(), refusing), validConfig())) {
            DeliveryResult r = notifier.deliver(sample(Notification.TICKET_CREATED));
            assertEquals(DeliveryResult.Outcome.REJECTED, r.outcome());
            assertTrue(r.detail().contains("loopback"), r.detail());
        }
        assertEquals(before, receiver.received().size());
        assertEquals(
                ConnectionCheck.Outcome.FAILED,
                factory()
                        .testConnection(TestPluginContext.of(validConfig(), refusing), validConfig())
                        .outcome());
    }

    @Test
    void slackAndTeamsPresetsSendTheirOwnShapes() throws Exception {
        Notification n = sample(Notification.STATUS_CHANGED);
        assertEquals(
                DeliveryResult.Outcome.DELIVERED, deliver(config("slack"), n).outcome());
        JsonObject slack = lastBody();
        assertTrue(
                slack.getString("text").startsWith("[TKT-000123] Printer on 3rd floor offline: status new \u2192 open"),
                slack.toString());
        assertTrue(slack.getString("text").endsWith("<https://desk.example.com/tickets/TKT-000123|Open>"));
        assertEquals(
                DeliveryResult.Outcome.DELIVERED, deliver(config("teams"), n).outcome());
        JsonObject teams = lastBody();
        assertEquals("MessageCard", teams.getString("@type"));
        assertEquals("[TKT-000123] Printer on 3rd floor offline", teams.getString("title"));
        assertFalse(receiver.received()
                .get(receiver.received().size() - 1)
                .headers()
                .containsKey("x-switchboard-signature"));
    }

    @Test
    void validationExplainsBadSettings() {
        List<ConfigProblem> problems = factory()
                .validate(PluginConfig.of(Map.of("url", "http://0x7f.1/", "secret", "short", "timeoutSeconds", "600")));
        assertEquals(
                List.of("url", "timeoutSeconds", "secret"),
                problems.stream().map(ConfigProblem::field).toList());
        assertTrue(factory()
                .validate(PluginConfig.of(Map.of("url", "https://user:pw@x.example/", "preset", "slack")))
                .get(0)
                .message()
                .contains("credentials"));
    }

    @Test
    void theRetryAfterDelayIsPassedOn() throws Exception {
        assertEquals(
                Duration.ofSeconds(0),
                DeliveryResult.retryAfter("x", Duration.ZERO).retryAfter());
    }

    private static JsonObject lastBody() {
        List<HttpReceiver.Received> all = receiver.received();
        return Json.createReader(new StringReader(all.get(all.size() - 1).body()))
                .readObject();
    }
}
