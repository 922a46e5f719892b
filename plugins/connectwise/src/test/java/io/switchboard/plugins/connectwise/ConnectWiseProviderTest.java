package io.switchboard.plugins.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.Fault;
import io.switchboard.emulator.Json;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.InboundCallback;
import io.switchboard.plugin.psa.PsaFields;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugin.testing.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ConnectWise specifics against the emulator: faults as typed failures, schedule entries, documents, callbacks. */
class ConnectWiseProviderTest {

    final ConnectWiseProviderFactory factory = new ConnectWiseProviderFactory();
    PsaProvider cw;

    @BeforeEach
    void create() throws Exception {
        Emulated.CW.faults().clear();
        cw = factory.create(TestPluginContext.live(Emulated.config()), Emulated.config());
    }

    @AfterEach
    void close() {
        Emulated.CW.faults().clear();
        cw.close();
    }

    @Test
    void testsTheConnectionAndDiscoversTheCodebase() throws Exception {
        ConnectionCheck ok = factory.testConnection(TestPluginContext.live(Emulated.config()), Emulated.config());
        assertEquals(ConnectionCheck.Outcome.OK, ok.outcome(), ok.message());
        assertTrue(ok.message().contains("/v4_6_release/apis/3.0"), ok.message());
        PluginConfig wrong = PluginConfig.of(Map.of(
                "site",
                Emulated.CW.url(),
                "company",
                "demo",
                "publicKey",
                "pubkey",
                "privateKey",
                "nope",
                "clientId",
                "x"));
        ConnectionCheck refused = factory.testConnection(TestPluginContext.live(wrong), wrong);
        assertEquals(ConnectionCheck.Outcome.FAILED, refused.outcome());
        assertTrue(refused.message().contains("401"), refused.message());
    }

    @Test
    void throttlingAndServerErrorsAreTypedFailures() {
        Emulated.CW.faults().add(Fault.throttle(1, 9));
        RemoteFailure throttled = assertThrows(RemoteFailure.class, () -> cw.catalog(CatalogKind.BOARD, null, null, 1));
        assertEquals(RemoteFailure.Kind.THROTTLED, throttled.kind());
        assertEquals(Duration.ofSeconds(9), throttled.retryAfter().orElseThrow());
        Emulated.CW.faults().add(Fault.serverError(1));
        assertEquals(
                RemoteFailure.Kind.TRANSIENT,
                assertThrows(RemoteFailure.class, () -> cw.catalog(CatalogKind.BOARD, null, null, 1))
                        .kind());
        Emulated.CW.faults().add(Fault.malformed(1));
        assertEquals(
                RemoteFailure.Kind.TRANSIENT,
                assertThrows(RemoteFailure.class, () -> cw.catalog(CatalogKind.BOARD, null, null, 1))
                        .kind());
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundAndNotRepeated() throws Exception {
        String key = "sb-lost-" + UUID.randomUUID();
        PsaOperation.Create create = new PsaOperation.Create(
                key, Emulated.board("Alerts"), Emulated.company("Globex"), null, "Lost answer", "text", Map.of());
        Emulated.CW.faults().add(Fault.dropAfterCommit("POST", "/service/tickets", 1));
        RemoteFailure dropped =
                assertThrows(RemoteFailure.class, () -> cw.push(new PsaPush("e", null, null, List.of(create))));
        assertEquals(RemoteFailure.Kind.TRANSIENT, dropped.kind());
        PushOutcome retried = cw.push(new PsaPush("e", null, null, List.of(create)));
        assertEquals(PushOutcome.Outcome.ALREADY_APPLIED, retried.outcome());
        long withKey = Emulated.CW.store().tickets().stream()
                .filter(t -> key.equals(t.get("externalXRef")))
                .count();
        assertEquals(1, withKey);
    }

    @Test
    void aHostileSearchCannotChangeTheQuery() throws Exception {
        List<CatalogEntry> none = cw.catalog(CatalogKind.COMPANY, null, "x\" or id > 0 or name = \"", 1);
        assertTrue(none.isEmpty(), "found: " + none);
        assertEquals(1, cw.catalog(CatalogKind.COMPANY, null, "Globex", 1).size());
    }

    @Test
    void statusesSayWhichCloseAndUpdatesPatchWholeReferences() throws Exception {
        String board = Emulated.board("Service Desk");
        List<CatalogEntry> statuses = cw.catalog(CatalogKind.STATUS, board, null, 1);
        CatalogEntry closed =
                statuses.stream().filter(s -> s.flag("closed")).findFirst().orElseThrow();
        String ticket =
                cw.pull(PullCursor.since(board, null), 1).tickets().get(0).id();
        PushOutcome out = cw.push(new PsaPush(
                "e",
                ticket,
                null,
                List.of(new PsaOperation.Update(
                        Map.of(PsaFields.STATUS, closed.id(), PsaFields.SUMMARY, "Patched by the provider test")))));
        assertEquals(PushOutcome.Outcome.APPLIED, out.outcome(), out.detail());
        PsaTicket after = cw.fetch(ticket).orElseThrow();
        assertTrue(after.closed());
        assertEquals(closed.id(), after.status().id());
        assertEquals("Patched by the provider test", after.summary());
        RemoteFailure wrongBoard = assertThrows(
                RemoteFailure.class,
                () -> cw.push(new PsaPush(
                        "e",
                        ticket,
                        null,
                        List.of(new PsaOperation.Update(Map.of(
                                PsaFields.STATUS,
                                cw.catalog(CatalogKind.STATUS, Emulated.board("Alerts"), null, 1)
                                        .get(0)
                                        .id()))))));
        assertEquals(RemoteFailure.Kind.INVALID, wrongBoard.kind());
    }

    @Test
    void assignsThroughScheduleEntriesLogsTimeAndAttachesDocuments() throws Exception {
        String ticket = cw.pull(PullCursor.since(Emulated.board("Projects Intake"), null), 1)
                .tickets()
                .get(0)
                .id();
        String member =
                cw.catalog(CatalogKind.MEMBER, null, "agarcia", 1).get(0).id();
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        PushOutcome out = cw.push(new PsaPush(
                "e",
                ticket,
                null,
                List.of(
                        new PsaOperation.Assign("a-1", member, null),
                        new PsaOperation.LogTime("t-1", member, start, start.plusSeconds(1800), "Looked into it", true),
                        new PsaOperation.AttachDocument(
                                "d-1",
                                "log.txt",
                                "text/plain",
                                5,
                                () -> new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))));
        assertEquals(PushOutcome.Outcome.APPLIED, out.outcome(), out.detail());
        PsaTicket after = cw.fetch(ticket).orElseThrow();
        String entry = out.createdIds().get("a-1");
        assertTrue(after.assignments().stream()
                .anyMatch(a -> a.id().equals(entry) && a.member().id().equals(member)));
        assertTrue(Emulated.CW.store().timeEntries().stream()
                .anyMatch(t -> t.get("id").toString().equals(out.createdIds().get("t-1"))));
        assertTrue(Emulated.CW.store().documents().stream().anyMatch(d -> "log.txt".equals(d.get("fileName"))));
        cw.push(new PsaPush("e2", ticket, null, List.of(new PsaOperation.Unassign(entry))));
        assertFalse(cw.fetch(ticket).orElseThrow().assignments().stream().anyMatch(a -> a.id().equals(entry)));
    }

    @Test
    void aTicketChangedDuringAPullIsNeitherSkippedNorLost() throws Exception {
        String board = Emulated.board("Alerts");
        PullPage first = cw.pull(PullCursor.since(board, null), 5);
        // someone changes an early ticket while we page: it moves to the end, nothing shifts under the keyset
        long early = Long.parseLong(first.tickets().get(0).id());
        Emulated.CW.store().edit(early, "jdoe", t -> t.put("summary", "changed meanwhile"));
        Set<String> seen = new HashSet<>();
        first.tickets().forEach(t -> seen.add(t.id()));
        PullCursor next = first.next();
        while (next != null) {
            PullPage page = cw.pull(next, 5);
            page.tickets().forEach(t -> seen.add(t.id()));
            next = page.next();
        }
        long onBoard = Emulated.CW.store().tickets().stream()
                .filter(t -> ((Map<?, ?>) t.get("board")).get("id").toString().equals(board))
                .count();
        assertEquals(onBoard, seen.size());
        assertTrue(first.total() >= 20, "total " + first.total());
    }

    @Test
    void verifiesSignedCallbacksAndRefusesForgeries() throws Exception {
        String id = cw.registerCallback(URI.create("http://127.0.0.1:1/api/v1/webhooks/7"));
        assertEquals(
                id,
                cw.registerCallback(URI.create("http://127.0.0.1:1/api/v1/webhooks/7")),
                "registering twice finds the first");
        String body = Json.write(Json.obj(
                "Action",
                "updated",
                "ID",
                5001L,
                "MessageId",
                "m-1",
                "Type",
                "ticket",
                "Entity",
                null,
                "Metadata",
                Json.obj(
                        "key_url",
                        Emulated.CW.url() + "/v4_6_release/system/callbackkey/index.rails?companyName=demo&id="
                                + keyId())));
        String signature = sign(body);
        CallbackEvent event = cw.verifyCallback(callback(body, signature)).orElseThrow();
        assertEquals("5001", event.remoteId());
        assertEquals("updated", event.action());
        assertTrue(
                cw.verifyCallback(callback(body.replace("5001", "5002"), signature))
                        .isEmpty(),
                "tampered body");
        assertTrue(cw.verifyCallback(callback(body, null)).isEmpty(), "unsigned");
        String elsewhere = body.replace(Emulated.CW.url(), "http://evil.example");
        assertTrue(cw.verifyCallback(callback(elsewhere, sign(elsewhere))).isEmpty(), "key_url off the site");
        cw.unregisterCallback(id);
    }

    private static String keyId() {
        // the emulator's own key URL, as it puts it into real callbacks
        return Emulated.CW.callbackKeyUrl().replaceAll(".*id=", "");
    }

    private static String sign(String body) throws Exception {
        byte[] key = java.security.MessageDigest.getInstance("SHA-256")
                .digest(Emulated.CW.signingKey().getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static InboundCallback callback(String body, String signature) {
        return new InboundCallback(
                signature == null ? Map.of() : Map.of("X-Content-Signature", List.of(signature)),
                Map.of(),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
