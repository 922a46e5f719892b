package io.switchboard.application.psa;

import java.time.Instant;
import java.util.List;

/**
 * The PSA section of a ticket's panel: its badge, when the last pull applied the remote ticket and
 * when that was changed in the PSA, the remote board, the members working it there, and the
 * link's state (IN_SYNC, SYNCING, PSA_UNREACHABLE while the connection's circuit is open,
 * PAUSED while the connection is switched off) with a sentence saying what that means.
 */
public record PsaLinkState(
        PsaBadge badge,
        Instant pulledAt,
        Instant remoteUpdatedAt,
        String remoteBoardId,
        List<LinkView.Resource> resources,
        String state,
        String explanation) {}
