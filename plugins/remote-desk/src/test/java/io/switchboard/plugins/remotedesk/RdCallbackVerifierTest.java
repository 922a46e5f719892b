package io.switchboard.plugins.remotedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.InboundCallback;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A notify-webhook delivery is genuine only with the shared secret's signature over its timestamp and exact body. */
class RdCallbackVerifierTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final String BODY =
            "{\"id\":\"evt-7\",\"type\":\"ticket.updated\",\"ticket\":{\"id\":42,\"number\":\"TKT-000042\"}}";

    final RdCallbackVerifier verifier = new RdCallbackVerifier("whsec-1", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSignedDeliveryNamesItsTicketAndEvent() throws Exception {
        CallbackEvent event =
                verifier.verify(signed("whsec-1", NOW.getEpochSecond(), BODY)).orElseThrow();
        assertEquals("42", event.remoteId());
        assertEquals("evt-7", event.messageId());
        assertEquals("updated", event.action());
    }

    @Test
    void aWrongSecretAChangedBodyOrAStaleTimestampIsRefused() throws Exception {
        assertTrue(verifier.verify(signed("other", NOW.getEpochSecond(), BODY)).isEmpty());
        InboundCallback changed = new InboundCallback(
                signed("whsec-1", NOW.getEpochSecond(), BODY).headers(),
                Map.of(),
                BODY.replace("42", "43").getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(changed).isEmpty());
        assertTrue(verifier.verify(signed("whsec-1", NOW.getEpochSecond() - 600, BODY))
                .isEmpty());
        assertTrue(verifier.verify(new InboundCallback(Map.of(), Map.of(), BODY.getBytes(StandardCharsets.UTF_8)))
                .isEmpty());
        assertTrue(
                new RdCallbackVerifier("", Clock.fixed(NOW, ZoneOffset.UTC))
                        .verify(signed("", NOW.getEpochSecond(), BODY))
                        .isEmpty(),
                "without a configured secret nothing is genuine");
    }

    static InboundCallback signed(String secret, long t, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(
                secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String hex = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        return new InboundCallback(
                Map.of("X-Switchboard-Signature", List.of("t=" + t + ",v1=" + hex)),
                Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
