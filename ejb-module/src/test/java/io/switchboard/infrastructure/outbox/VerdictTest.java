package io.switchboard.infrastructure.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.notify.DeliveryOutcome;
import io.switchboard.infrastructure.plugin.PluginCallFailed;
import io.switchboard.plugin.RemoteFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anOpenCircuitPostponesUntilItsNextTrialWithoutATry() {
        Verdict v = Verdict.of(
                PluginCallFailed.refusedUntil(PluginCallFailed.Kind.CIRCUIT_OPEN, "circuit open", NOW.plusSeconds(12)),
                NOW);
        assertEquals(Verdict.Kind.POSTPONE, v.kind());
        assertEquals(Duration.ofSeconds(12), v.delay());
        assertTrue(v.detail().startsWith("waiting: circuit open"), v.detail());
        assertTrue(v.holdsTheSubscriber());
    }

    @Test
    void noFreeSlotPostponesBriefly() {
        Verdict v = Verdict.of(new PluginCallFailed(PluginCallFailed.Kind.BUSY, "4 calls are still running"), NOW);
        assertEquals(Verdict.Kind.POSTPONE, v.kind());
        assertEquals(Verdict.REFUSED_WAIT, v.delay());
    }

    @Test
    void aFailedTrialWaitsBehindTheOthersWithoutATry() {
        Verdict v =
                Verdict.of(PluginCallFailed.trialFailed(PluginCallFailed.Kind.THREW, "boom", NOW.plusSeconds(30)), NOW);
        assertEquals(Verdict.Kind.POSTPONE, v.kind());
        assertEquals(Duration.ofSeconds(30).plus(Verdict.BEHIND_THE_OTHERS), v.delay());
    }

    @Test
    void aThrottleWaitsAsAskedAndIsLogged() {
        Verdict v = Verdict.of(
                PluginCallFailed.remote(RemoteFailure.throttled("429", Duration.ofSeconds(7)), false, null), NOW);
        assertEquals(Verdict.Kind.THROTTLED, v.kind());
        assertEquals(Duration.ofSeconds(7), v.delay());
        assertEquals(
                Verdict.THROTTLED_WAIT,
                Verdict.of(RemoteFailure.throttled("429", null)).delay());
    }

    @Test
    void typedFailuresDecideRetryOrDeadLetter() {
        assertEquals(
                Verdict.Kind.DEAD,
                Verdict.of(RemoteFailure.invalid("bad field", List.of())).kind());
        assertEquals(
                Verdict.Kind.DEAD,
                Verdict.of(new RemoteFailure(RemoteFailure.Kind.NOT_FOUND, "gone"))
                        .kind());
        assertEquals(
                Verdict.Kind.RETRY,
                Verdict.of(new RemoteFailure(RemoteFailure.Kind.UNAUTHORIZED, "401"))
                        .kind());
        assertEquals(
                Verdict.Kind.RETRY,
                Verdict.of(RemoteFailure.transientFailure("reset", null)).kind());
    }

    @Test
    void realFailuresAreTries() {
        assertEquals(
                Verdict.Kind.RETRY,
                Verdict.of(new PluginCallFailed(PluginCallFailed.Kind.TIMED_OUT, "no answer within 10000 ms"), NOW)
                        .kind());
        assertEquals(
                Verdict.Kind.RETRY,
                Verdict.of(new IllegalStateException("boom"), NOW).kind());
        assertEquals(
                Verdict.Kind.DEAD,
                Verdict.of(DeliveryOutcome.rejected("HTTP 404")).kind());
        assertEquals(Verdict.Kind.RETRY, Verdict.of((DeliveryOutcome) null).kind());
    }
}
