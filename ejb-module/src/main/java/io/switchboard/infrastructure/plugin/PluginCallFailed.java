package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.RemoteFailure;
import java.time.Instant;
import java.util.Optional;

/**
 * A call into a plugin did not produce an answer: it threw, timed out, was refused by the
 * breaker or bulkhead, or the plugin is not available. The message is safe to show an admin.
 *
 * <p>A refusal ({@link #refused()}) means the plugin was never called: whoever retries must not
 * count it as a try. A {@link Kind#REMOTE} failure carries the plugin's own typed verdict.
 */
public class PluginCallFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        THREW,
        TIMED_OUT,
        CIRCUIT_OPEN,
        BUSY,
        UNAVAILABLE,
        INCOMPATIBLE,
        /** The plugin threw a {@link RemoteFailure}: the other side answered and said what went wrong. */
        REMOTE
    }

    private final Kind kind;
    private final transient RemoteFailure remote;
    private final Instant retryAt;
    private final boolean failedTrial;

    public PluginCallFailed(Kind kind, String message) {
        this(kind, message, null, null, false);
    }

    private PluginCallFailed(Kind kind, String message, RemoteFailure remote, Instant retryAt, boolean failedTrial) {
        super(message, null, false, false);
        this.kind = kind;
        this.remote = remote;
        this.retryAt = retryAt;
        this.failedTrial = failedTrial;
    }

    public static PluginCallFailed refusedUntil(Kind kind, String message, Instant retryAt) {
        return new PluginCallFailed(kind, message, null, retryAt, false);
    }

    /** The trial call of a half-open circuit failed: the circuit is open again until {@code retryAt}. */
    public static PluginCallFailed trialFailed(Kind kind, String message, Instant retryAt) {
        return new PluginCallFailed(kind, message, null, retryAt, true);
    }

    public static PluginCallFailed remote(RemoteFailure failure, boolean failedTrial, Instant retryAt) {
        return new PluginCallFailed(
                Kind.REMOTE,
                failure.kind().name().toLowerCase() + ": " + Containment.describeMessage(failure),
                failure,
                retryAt,
                failedTrial);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the plugin was never called (circuit open, no free slot, not loaded): not a try. */
    public boolean refused() {
        return kind == Kind.CIRCUIT_OPEN || kind == Kind.BUSY || kind == Kind.UNAVAILABLE;
    }

    /**
     * Whether this was the one trial call of a circuit that had opened after repeated failures,
     * and it failed too: the instance is still down, and the failure belongs to the outage, not
     * to the work the trial carried, so a retrying caller does not count it against that work.
     */
    public boolean failedTrial() {
        return failedTrial;
    }

    /** The plugin's typed failure, for {@link Kind#REMOTE}. */
    public Optional<RemoteFailure> remote() {
        return Optional.ofNullable(remote);
    }

    /** When a refused call may be tried again, when the refusal knows (an open circuit's next trial). */
    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }
}
