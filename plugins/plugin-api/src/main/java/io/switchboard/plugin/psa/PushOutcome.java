package io.switchboard.plugin.psa;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What became of a push.
 *
 * <ul>
 *   <li>{@code APPLIED}: done; {@code remoteId} is the ticket's id (new after a create),
 *       {@code createdIds} maps each local id of an AddNote, Assign, LogTime or AttachDocument to
 *       the remote id it got.
 *   <li>{@code ALREADY_APPLIED}: the PSA already had it (a replayed create, a note already there).
 *   <li>{@code CONFLICT}: the remote ticket changed meanwhile; {@code remote} is its state now.
 *   <li>{@code REJECTED}: the PSA refused it and retrying the same cannot help; {@code detail} says why.
 *   <li>{@code RETRY}: try again later, no sooner than {@code retryAfter} when given.
 * </ul>
 *
 * A provider may also throw {@link io.switchboard.plugin.RemoteFailure}; the host treats it like
 * the matching outcome. {@code detail} goes into the sync log: no secrets, no message bodies.
 *
 * @since 1.1
 */
public record PushOutcome(
        Outcome outcome,
        String remoteId,
        String remoteVersion,
        Map<String, String> createdIds,
        PsaTicket remote,
        Duration retryAfter,
        String detail) {

    public enum Outcome {
        APPLIED,
        ALREADY_APPLIED,
        CONFLICT,
        REJECTED,
        RETRY
    }

    public PushOutcome {
        Objects.requireNonNull(outcome, "outcome");
        createdIds = createdIds == null ? Map.of() : Map.copyOf(createdIds);
    }

    public static PushOutcome applied(String remoteId, String remoteVersion, Map<String, String> createdIds) {
        return new PushOutcome(Outcome.APPLIED, remoteId, remoteVersion, createdIds, null, null, null);
    }

    public static PushOutcome alreadyApplied(String remoteId, String remoteVersion, String detail) {
        return new PushOutcome(Outcome.ALREADY_APPLIED, remoteId, remoteVersion, Map.of(), null, null, detail);
    }

    public static PushOutcome conflict(PsaTicket remote, String detail) {
        return new PushOutcome(
                Outcome.CONFLICT, remote == null ? null : remote.id(), null, Map.of(), remote, null, detail);
    }

    public static PushOutcome rejected(String detail) {
        return new PushOutcome(Outcome.REJECTED, null, null, Map.of(), null, null, detail);
    }

    public static PushOutcome retry(Duration retryAfter, String detail) {
        return new PushOutcome(Outcome.RETRY, null, null, Map.of(), null, retryAfter, detail);
    }
}
