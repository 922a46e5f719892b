package io.switchboard.plugin.psa;

import java.util.List;
import java.util.Objects;

/**
 * Local changes to one ticket, to apply to the PSA in order. {@code eventId} is stable across
 * retries; {@code remoteId} is null before the ticket exists remotely (the first operation is
 * then a {@link PsaOperation.Create}); {@code baseVersion} is the remote version the host last
 * saw, so a provider whose PSA can check it may answer CONFLICT.
 *
 * @since 1.1
 */
public record PsaPush(String eventId, String remoteId, String baseVersion, List<PsaOperation> operations) {

    public PsaPush {
        Objects.requireNonNull(eventId, "eventId");
        operations = List.copyOf(operations);
    }
}
