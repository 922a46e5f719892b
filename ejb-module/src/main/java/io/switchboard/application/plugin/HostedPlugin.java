package io.switchboard.application.plugin;

import java.time.Instant;
import java.util.List;

/** One plugin as the host runs it: what its jar says, where it stands, and what it offers. */
public record HostedPlugin(
        String id,
        String version,
        String apiVersion,
        String sha256,
        String file,
        State state,
        String reason,
        Instant loadedAt,
        List<HostedFactory> factories,
        List<Failure> lastErrors) {

    /** Running, switched off by an admin, or unable to run (with a reason). */
    public enum State {
        ACTIVE,
        DISABLED,
        FAILED
    }

    /** A recent failed call; {@code instanceId} is null for calls about the plugin as a whole. */
    public record Failure(Instant at, Long instanceId, String message) {}

    public HostedPlugin {
        factories = List.copyOf(factories);
        lastErrors = List.copyOf(lastErrors);
    }
}
