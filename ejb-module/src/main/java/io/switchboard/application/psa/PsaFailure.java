package io.switchboard.application.psa;

import java.time.Duration;
import java.util.Optional;

/** A call to a PSA that gave no usable answer, typed so the engine knows whether to wait, retry or give up. */
public class PsaFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Rate limited: wait {@link #retryAfter()}, it costs no attempt. */
        THROTTLED,
        /** Down, slow or answering 5xx: back off and retry. */
        TRANSIENT,
        /** Our circuit for this connection is open: the PSA is not called until it half-opens. */
        CIRCUIT_OPEN,
        /** Credentials or permissions: an admin must act. */
        REFUSED,
        NOT_FOUND,
        CONFLICT,
        /** The request or the configuration is wrong: retrying cannot help. */
        INVALID,
        /** The connection cannot be called at all (disabled, its plugin missing or stopped). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final transient Duration retryAfter;

    public PsaFailure(Kind kind, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * A push the desk waits for (not one the outbox retries) that the PSA did not apply: asked to
     * wait, it is throttled; anything else is refused, with the PSA's reason after {@code what}.
     */
    public static void unlessApplied(io.switchboard.plugin.psa.PushOutcome outcome, String what) throws PsaFailure {
        var o = outcome.outcome();
        if (o == io.switchboard.plugin.psa.PushOutcome.Outcome.APPLIED
                || o == io.switchboard.plugin.psa.PushOutcome.Outcome.ALREADY_APPLIED) {
            return;
        }
        throw new PsaFailure(
                o == io.switchboard.plugin.psa.PushOutcome.Outcome.RETRY ? Kind.THROTTLED : Kind.INVALID,
                what + ": " + (outcome.detail() == null ? o.name() : outcome.detail()),
                outcome.retryAfter());
    }

    public boolean isWorthRetrying() {
        return kind == Kind.THROTTLED || kind == Kind.TRANSIENT || kind == Kind.CIRCUIT_OPEN;
    }
}
