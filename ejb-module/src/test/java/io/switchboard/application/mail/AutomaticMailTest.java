package io.switchboard.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutomaticMailTest {

    /** A real HMAC under a fixed test key, as the host's signer does under the secrets key. */
    private final OurMessageIds ours = new OurMessageIds(text -> {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private static ParsedMail mail(String from, Map<String, String> headers, String returnPath, String messageId) {
        return new ParsedMail(
                messageId,
                List.of(),
                List.of(),
                "s",
                new MailAddress(from, null),
                null,
                List.of(),
                List.of(),
                returnPath,
                headers,
                null,
                "t",
                null,
                List.of(),
                List.of());
    }

    private AutomaticMail.Kind kind(ParsedMail m) {
        return AutomaticMail.classify(m, ours).map(AutomaticMail.Verdict::kind).orElse(null);
    }

    @Test
    void tellsAutomaticMailByItsHeaders() {
        assertEquals(
                AutomaticMail.Kind.AUTO_REPLY,
                kind(mail("a@x.example", Map.of("auto-submitted", "auto-replied"), null, null)));
        assertEquals(
                null,
                kind(mail("a@x.example", Map.of("auto-submitted", "no"), null, null)),
                "Auto-Submitted: no is a person");
        for (String p : List.of("bulk", "list", "junk", "auto_reply")) {
            assertEquals(AutomaticMail.Kind.BULK, kind(mail("a@x.example", Map.of("precedence", p), null, null)), p);
        }
        for (String h : List.of("x-auto-response-suppress", "x-autoreply", "x-autorespond")) {
            assertEquals(AutomaticMail.Kind.AUTO_REPLY, kind(mail("a@x.example", Map.of(h, "yes"), null, null)), h);
        }
        assertEquals(AutomaticMail.Kind.LOOP, kind(mail("a@x.example", Map.of("x-loop", "desk"), null, null)));
        assertEquals(AutomaticMail.Kind.BOUNCE, kind(mail("MAILER-DAEMON@x.example", Map.of(), null, null)));
        assertEquals(AutomaticMail.Kind.BOUNCE, kind(mail("a@x.example", Map.of(), "", null)), "empty Return-Path");
        assertEquals(null, kind(mail("a@x.example", Map.of(), null, "abc@x")), "a person");
    }

    @Test
    void ourOwnSignedMessageIdComingBackIsALoopAndAForgedOneIsNot() {
        String local = ours.localPart(123, "evt-1", "rita@example.com");
        assertEquals(AutomaticMail.Kind.LOOP, kind(mail("a@x.example", Map.of(), null, local + "@desk.example")));
        String forged = local.substring(0, local.length() - 21) + "0000000000.0000000000";
        assertEquals(null, kind(mail("a@x.example", Map.of(), null, forged + "@desk.example")));
    }

    @Test
    void aSignedReferenceBindsTicketAndRecipient() {
        OurMessageIds.Reference ref =
                ours.read(ours.localPart(77, "e9", "Agent@Desk.example") + "@d").orElseThrow();
        assertEquals(77, ref.ticketId());
        assertTrue(ours.issuedTo(ref, "agent@desk.example"));
        assertTrue(!ours.issuedTo(ref, "someone@else.example"), "issued to one address only");
    }
}
