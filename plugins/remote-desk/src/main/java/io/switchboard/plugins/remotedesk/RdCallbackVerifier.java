package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.InboundCallback;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a notify-webhook delivery of the other desk: {@code X-Switchboard-Signature:
 * t=<unix seconds>,v1=<hex>}, HMAC-SHA256 with the shared secret over {@code <t>.<raw body>},
 * compared in constant time, and no older (or newer) than five minutes so a recorded delivery
 * cannot be replayed. The body names the ticket; the event id lets the host drop redeliveries.
 */
final class RdCallbackVerifier {

    static final String HEADER = "X-Switchboard-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final String secret;
    private final Clock clock;

    RdCallbackVerifier(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    Optional<CallbackEvent> verify(InboundCallback callback) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty(); // without a shared secret nothing can be told genuine
        }
        Optional<String> header = callback.header(HEADER);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Long t = null;
        String v1 = null;
        for (String part : header.get().split(",")) {
            String p = part.strip();
            if (p.startsWith("t=") && p.substring(2).matches("\\d{1,12}")) {
                t = Long.parseLong(p.substring(2));
            } else if (p.startsWith("v1=")) {
                v1 = p.substring(3);
            }
        }
        if (t == null || v1 == null) {
            return Optional.empty();
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - t);
        if (skew > TOLERANCE.toSeconds()) {
            return Optional.empty();
        }
        String expected = hmac(t + "." + callback.bodyText());
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), v1.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            if (!(JsonValues.parse(callback.bodyText()) instanceof JsonObject body)) {
                return Optional.empty();
            }
            JsonObject ticket = JsonValues.object(body, "ticket");
            String remoteId = ticket == null ? null : JsonValues.string(ticket, "id");
            if (remoteId == null) {
                return Optional.empty();
            }
            String type = String.valueOf(JsonValues.string(body, "type"));
            String action = type.endsWith("created") ? "added" : type.endsWith("deleted") ? "deleted" : "updated";
            return Optional.of(new CallbackEvent(JsonValues.string(body, "id"), remoteId, action, "ticket"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
