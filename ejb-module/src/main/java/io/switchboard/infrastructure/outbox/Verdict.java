package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.DeliveryOutcome;
import io.switchboard.infrastructure.plugin.PluginCallFailed;
import io.switchboard.plugin.RemoteFailure;
import java.time.Duration;
import java.time.Instant;

/**
 * What one delivery call came to, as the ledger acts on it. Only a real try uses up an attempt:
 * a call that was refused before it reached the plugin (circuit open, no free slot, plugin not
 * loaded) and a throttled answer are {@link Kind#POSTPONE}d, so an outage or a rate limit never
 * sends deliveries to the dead letters by itself. Nor does the failed trial call of a circuit
 * that had opened: the instance is down, and the outage is not the fault of the work the trial
 * carried. Deliveries wait out an outage of any length and arrive once the instance is back.
 */
record Verdict(Kind kind, String detail, Duration delay) {

    enum Kind {
        /** Done. */
        DELIVERED,
        /** A failed try: uses up an attempt and waits by the retry schedule (at least {@code delay} when given). */
        RETRY,
        /** Not a try: waits {@code delay} with its attempts untouched. */
        POSTPONE,
        /** The other side asked us to slow down: logged, but waits {@code delay} without using up an attempt. */
        THROTTLED,
        /** A try that retrying cannot help: straight to the dead letters. */
        DEAD
    }

    /** How long a refused call waits when the refusal does not say (no free slot, a plugin being replaced). */
    static final Duration REFUSED_WAIT = Duration.ofSeconds(2);

    /** How much later than the others a failed trial's delivery is due again. */
    static final Duration BEHIND_THE_OTHERS = Duration.ofSeconds(1);

    /** How long a throttled call waits when the other side did not say. */
    static final Duration THROTTLED_WAIT = Duration.ofSeconds(30);

    static Verdict of(DeliveryOutcome result) {
        if (result == null) {
            return new Verdict(Kind.RETRY, "the subscriber returned no result", null);
        }
        return switch (result.outcome()) {
            case DELIVERED -> new Verdict(Kind.DELIVERED, result.detail(), null);
            case REJECTED -> new Verdict(Kind.DEAD, "rejected: " + result.detail(), null);
            case RETRY -> new Verdict(Kind.RETRY, result.detail(), result.retryAfter());
        };
    }

    static Verdict of(Exception e, Instant now) {
        if (e instanceof PluginCallFailed failed) {
            if (failed.refused()) {
                Duration wait = failed.retryAt()
                        .map(at -> Duration.between(now, at))
                        .filter(d -> !d.isNegative())
                        .orElse(REFUSED_WAIT);
                return new Verdict(Kind.POSTPONE, "waiting: " + failed.getMessage(), wait);
            }
            if (failed.failedTrial()) {
                // Behind the others that wait for the circuit, so that one delivery the remote side can never take
                // is not the trial every time and cannot keep the circuit open by itself.
                Duration wait = failed.retryAt()
                        .map(at -> Duration.between(now, at))
                        .filter(d -> !d.isNegative())
                        .orElse(REFUSED_WAIT)
                        .plus(BEHIND_THE_OTHERS);
                return new Verdict(
                        Kind.POSTPONE,
                        "waiting: the circuit is still open, its trial failed: " + failed.getMessage(),
                        wait);
            }
            if (failed.remote().isPresent()) {
                return of(failed.remote().get());
            }
            return new Verdict(Kind.RETRY, failed.getMessage(), null);
        }
        if (e instanceof RemoteFailure remote) {
            return of(remote); // a core subscriber's own typed failure
        }
        return new Verdict(Kind.RETRY, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), null);
    }

    /** The plugin's own judgement of what went wrong on the other side. */
    static Verdict of(RemoteFailure f) {
        String detail = f.kind().name().toLowerCase() + ": " + f.getMessage();
        return switch (f.kind()) {
            case THROTTLED ->
                new Verdict(
                        Kind.THROTTLED,
                        "throttled: " + f.getMessage(),
                        f.retryAfter().orElse(THROTTLED_WAIT));
            case INVALID, NOT_FOUND -> new Verdict(Kind.DEAD, detail, null);
            case UNAUTHORIZED, FORBIDDEN, CONFLICT, TRANSIENT ->
                new Verdict(Kind.RETRY, detail, f.retryAfter().orElse(null));
        };
    }

    /** Whether the other deliveries of this subscriber's batch would meet the same answer now. */
    boolean holdsTheSubscriber() {
        return kind == Kind.POSTPONE || kind == Kind.THROTTLED;
    }
}
