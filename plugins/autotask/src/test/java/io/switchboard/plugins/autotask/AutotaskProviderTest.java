package io.switchboard.plugins.autotask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.Fault;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaFields;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugin.psa.RateBudget;
import io.switchboard.plugin.psa.RemoteAssignment;
import io.switchboard.plugin.testing.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Autotask specifics against the emulator: zone, picklists, resources and roles, budget and threads, faults. */
class AutotaskProviderTest {

    final AutotaskProviderFactory factory = new AutotaskProviderFactory();
    PsaProvider at;

    @BeforeEach
    void create() {
        Emulated.AT.faults().clear();
        Emulated.AT.hourlyLimit(10_000);
        Emulated.AT.threadLimit(3);
        at = factory.create(TestPluginContext.live(Emulated.config()), Emulated.config());
    }

    @AfterEach
    void close() {
        Emulated.AT.faults().clear();
        Emulated.AT.hourlyLimit(10_000);
        at.close();
    }

    @Test
    void testsTheConnectionThroughTheZoneLookupAndRefusesWrongCredentials() {
        ConnectionCheck ok = factory.testConnection(TestPluginContext.live(Emulated.config()), Emulated.config());
        assertEquals(ConnectionCheck.Outcome.OK, ok.outcome(), ok.message());
        assertTrue(ok.message().contains("3 queues"), ok.message());
        assertTrue(ok.message().contains("of 10000 requests left"), ok.message());
        PluginConfig secret = Emulated.config(Map.of("apiSecret", "wrong"));
        ConnectionCheck refused = factory.testConnection(TestPluginContext.live(secret), secret);
        assertEquals(ConnectionCheck.Outcome.FAILED, refused.outcome());
        assertTrue(refused.message().contains("401"), refused.message());
        PluginConfig user = Emulated.config(Map.of("userName", "nobody@demo.example"));
        ConnectionCheck unknown = factory.testConnection(TestPluginContext.live(user), user);
        assertEquals(ConnectionCheck.Outcome.FAILED, unknown.outcome());
        assertTrue(unknown.message().contains("Zone information could not be determined"), unknown.message());
        assertFalse(factory.validate(PluginConfig.of(Map.of("userName", "not-an-email")))
                .isEmpty());
    }

    @Test
    void picklistsComeFromTheTenantAndTicketsCarryTheirLabels() throws Exception {
        List<CatalogEntry> statuses = at.catalog(CatalogKind.STATUS, Emulated.queue("Level II Support"), null, 1);
        assertTrue(
                statuses.stream().anyMatch(s -> s.name().equals("Complete") && s.flag("closed")), statuses.toString());
        assertEquals(
                List.of("Critical", "High", "Medium", "Low"),
                at.catalog(CatalogKind.PRIORITY, null, null, 1).stream()
                        .map(CatalogEntry::name)
                        .toList());
        PsaTicket t = at.pull(PullCursor.since(Emulated.queue("Level II Support"), null), 1)
                .tickets()
                .get(0);
        assertEquals("Level II Support", t.board().name());
        assertNotNull(t.status().name());
        assertNotNull(t.priority().name());
        assertNotNull(t.company().name());
        assertNotNull(t.contactEmail());
        assertTrue(t.url().contains("TicketDetail.mvc?ticketId=" + t.id()), t.url());
    }

    @Test
    void throttlingServerErrorsAndBrokenBodiesAreTypedFailures() {
        Emulated.AT.faults().add(Fault.throttle(1, 7).on("POST", "/Resources/"));
        RemoteFailure throttled =
                assertThrows(RemoteFailure.class, () -> at.catalog(CatalogKind.MEMBER, null, null, 1));
        assertEquals(RemoteFailure.Kind.THROTTLED, throttled.kind());
        assertEquals(Duration.ofSeconds(7), throttled.retryAfter().orElseThrow());
        PsaProvider fresh = factory.create(TestPluginContext.live(Emulated.config()), Emulated.config());
        try {
            Emulated.AT.faults().add(Fault.serverError(1).on("POST", "/Companies/"));
            assertEquals(
                    RemoteFailure.Kind.TRANSIENT,
                    assertThrows(RemoteFailure.class, () -> fresh.catalog(CatalogKind.COMPANY, null, null, 1))
                            .kind());
            Emulated.AT.faults().add(Fault.malformed(1).on("POST", "/Companies/"));
            assertEquals(
                    RemoteFailure.Kind.TRANSIENT,
                    assertThrows(RemoteFailure.class, () -> fresh.catalog(CatalogKind.COMPANY, null, null, 1))
                            .kind());
        } finally {
            fresh.close();
        }
    }

    @Test
    void aHostileSearchStaysAValue() throws Exception {
        List<CatalogEntry> none =
                at.catalog(CatalogKind.COMPANY, null, "x\"},{\"op\":\"exist\",\"field\":\"id\"}],\"x\":[{\"", 1);
        assertTrue(none.isEmpty(), "found: " + none);
        assertEquals(
                List.of("Globex"),
                at.catalog(CatalogKind.COMPANY, null, "glob", 1).stream()
                        .map(CatalogEntry::name)
                        .toList());
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundAndNotRepeated() throws Exception {
        String key = "sb-lost-" + UUID.randomUUID();
        PsaOperation.Create create = new PsaOperation.Create(
                key, Emulated.queue("Monitoring Alert"), "176", null, "Lost answer", "text", Map.of());
        Emulated.AT.faults().add(Fault.dropAfterCommit("POST", "/V1.0/Tickets$", 1));
        RemoteFailure dropped =
                assertThrows(RemoteFailure.class, () -> at.push(new PsaPush("e", null, null, List.of(create))));
        assertEquals(RemoteFailure.Kind.TRANSIENT, dropped.kind());
        PushOutcome retried = at.push(new PsaPush("e", null, null, List.of(create)));
        assertEquals(PushOutcome.Outcome.ALREADY_APPLIED, retried.outcome(), retried.detail());
        assertEquals(
                1,
                Emulated.AT.store().tickets().stream()
                        .filter(t -> key.equals(t.get("externalID")))
                        .count());
    }

    @Test
    void updatesSetStatusTitleAndTheOwnerWithItsRole() throws Exception {
        String ticket = newTicket("Update me");
        PushOutcome out = at.push(new PsaPush(
                "e",
                ticket,
                null,
                List.of(new PsaOperation.Update(Map.of(
                        PsaFields.STATUS,
                        "5",
                        PsaFields.SUMMARY,
                        "Patched by the provider test",
                        PsaFields.OWNER,
                        "29682887")))));
        assertEquals(PushOutcome.Outcome.APPLIED, out.outcome(), out.detail());
        Map<String, Object> remote =
                Emulated.AT.store().ticket(Long.parseLong(ticket)).orElseThrow();
        assertEquals(29682887L, remote.get("assignedResourceID"));
        assertEquals(29683462L, remote.get("assignedResourceRoleID"), "the resource's default role");
        PsaTicket after = at.fetch(ticket).orElseThrow();
        assertTrue(after.closed());
        assertEquals("Patched by the provider test", after.summary());
        assertEquals(after.version(), out.remoteVersion(), "the version after the push");
        RemoteFailure bad = assertThrows(
                RemoteFailure.class,
                () -> at.push(new PsaPush(
                        "e", ticket, null, List.of(new PsaOperation.Update(Map.of(PsaFields.STATUS, "99"))))));
        assertEquals(RemoteFailure.Kind.INVALID, bad.kind(), bad.getMessage());
    }

    @Test
    void membersBecomePrimaryThenSecondaryResourcesAndTimeAndFilesArrive() throws Exception {
        String ticket = newTicket("Assign me");
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        PushOutcome out = at.push(new PsaPush(
                "e",
                ticket,
                null,
                List.of(
                        new PsaOperation.Assign("a-1", "29682886", null),
                        new PsaOperation.Assign("a-2", "29682888", "29683462"),
                        new PsaOperation.LogTime(
                                "t-1", "29682886", start, start.plusSeconds(1800), "Looked into it", true),
                        new PsaOperation.AttachDocument(
                                "d-1",
                                "log.txt",
                                "text/plain",
                                5,
                                () -> new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))),
                        new PsaOperation.AddNote("n-1", "Only for us", NoteVisibility.INTERNAL),
                        new PsaOperation.AddNote("n-2", "Dear customer", NoteVisibility.PUBLIC))));
        assertEquals(PushOutcome.Outcome.APPLIED, out.outcome(), out.detail());
        assertEquals("primary:29682886", out.createdIds().get("a-1"));
        PsaTicket after = at.fetch(ticket).orElseThrow();
        List<RemoteAssignment> assigned = after.assignments();
        assertTrue(
                assigned.stream().anyMatch(a -> a.primary() && a.member().id().equals("29682886")),
                assigned.toString());
        assertTrue(
                assigned.stream()
                        .anyMatch(a -> !a.primary()
                                && a.id().equals(out.createdIds().get("a-2"))
                                && "29683462".equals(a.roleId())),
                assigned.toString());
        assertEquals(
                NoteVisibility.INTERNAL,
                note(after, out.createdIds().get("n-1")).visibility());
        assertEquals(
                NoteVisibility.PUBLIC, note(after, out.createdIds().get("n-2")).visibility());
        Map<String, Object> time = Emulated.AT.store().all("TimeEntries").stream()
                .filter(t -> t.get("id").toString().equals(out.createdIds().get("t-1")))
                .findFirst()
                .orElseThrow();
        assertEquals(0.5, ((Number) time.get("hoursWorked")).doubleValue());
        assertEquals(29683461L, time.get("roleID"));
        assertTrue(
                Emulated.AT.store().all("TicketAttachments").stream().anyMatch(a -> "log.txt".equals(a.get("title"))));

        at.push(new PsaPush(
                "e2",
                ticket,
                null,
                List.of(
                        new PsaOperation.Unassign(out.createdIds().get("a-2")),
                        new PsaOperation.Unassign("primary:29682886"))));
        assertTrue(at.fetch(ticket).orElseThrow().assignments().isEmpty());
    }

    @Test
    void aTicketChangedDuringAPullPassIsLeftForTheNextPassNotMissed() throws Exception {
        String queue = Emulated.queue("Monitoring Alert");
        PullPage first = at.pull(PullCursor.since(queue, null), 5);
        Set<String> seen = new HashSet<>();
        first.tickets().forEach(t -> seen.add(t.id()));
        Instant newest = Instant.MIN;
        for (PsaTicket t : first.tickets()) {
            newest = t.updatedAt().isAfter(newest) ? t.updatedAt() : newest;
        }
        long early = Long.parseLong(first.tickets().get(0).id());
        Emulated.AT.store().edit(early, t -> t.put("title", "changed meanwhile"));
        PullCursor next = first.next();
        while (next != null) {
            PullPage page = at.pull(next, 5);
            for (PsaTicket t : page.tickets()) {
                assertTrue(seen.add(t.id()), "twice in one pass: " + t.id());
                assertFalse(
                        "changed meanwhile".equals(t.summary()), "a change after the pass began is the next pass's");
                newest = t.updatedAt().isAfter(newest) ? t.updatedAt() : newest;
            }
            next = page.next();
        }
        List<PsaTicket> again = new ArrayList<>();
        for (PullCursor c = PullCursor.since(queue, newest.minusSeconds(120)); c != null; ) {
            PullPage page = at.pull(c, 50);
            again.addAll(page.tickets());
            c = page.next();
        }
        assertTrue(again.stream()
                .anyMatch(
                        t -> t.id().equals(Long.toString(early)) && t.summary().equals("changed meanwhile")));
    }

    @Test
    void theHourlyBudgetIsReadFromThresholdInformationAndLeftForOthers() throws Exception {
        RateBudget budget = at.budget().orElseThrow();
        assertEquals(10_000, budget.limit());
        assertEquals(3, budget.maxConcurrent());
        Emulated.AT.hourlyLimit(Emulated.AT.requestsThisHour() + 25);
        PsaProvider tight = factory.create(TestPluginContext.live(Emulated.config()), Emulated.config());
        try {
            RemoteFailure stopped = null;
            for (int i = 0; i < 30 && stopped == null; i++) {
                try {
                    tight.catalog(CatalogKind.ROLE, null, null, 1);
                } catch (RemoteFailure e) {
                    stopped = e;
                }
            }
            assertNotNull(stopped, "the provider stops before the tenant's hour is used up");
            assertEquals(RemoteFailure.Kind.THROTTLED, stopped.kind());
            assertTrue(stopped.getMessage().contains("nearly used up"), stopped.getMessage());
            assertTrue(Emulated.AT.requestsThisHour() < Emulated.AT.hourlyLimit(), "never ran into the refusal");
        } finally {
            tight.close();
        }
    }

    @Test
    void neverMoreThanThreeRequestsAtOnceToOneEndpoint() throws Exception {
        Emulated.AT.forgetServed();
        Emulated.AT.faults().add(Fault.slow(6, Duration.ofMillis(400)).on("GET", "/Tickets/"));
        String ticket = at.pull(PullCursor.since(Emulated.queue("Level I Support"), null), 1)
                .tickets()
                .get(0)
                .id();
        List<CompletableFuture<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return at.fetch(ticket).isPresent();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        calls.forEach(c -> assertTrue(c.join()));
        assertTrue(Emulated.AT.served().stream().noneMatch(s -> s.status() == 429), "no thread-limit refusals");
    }

    private String newTicket(String title) throws Exception {
        PushOutcome created = at.push(new PsaPush(
                "c",
                null,
                null,
                List.of(new PsaOperation.Create(
                        "sb-" + UUID.randomUUID(),
                        Emulated.queue("Level I Support"),
                        "177",
                        null,
                        title,
                        "",
                        Map.of()))));
        assertEquals(PushOutcome.Outcome.APPLIED, created.outcome(), created.detail());
        return created.remoteId();
    }

    private static io.switchboard.plugin.psa.RemoteNote note(PsaTicket t, String id) {
        return t.notes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
