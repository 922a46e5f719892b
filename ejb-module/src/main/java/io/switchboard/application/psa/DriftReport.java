package io.switchboard.application.psa;

import java.util.List;

/**
 * What a drift check found on a connection: how many remote tickets it compared with their
 * local twins, the fields that disagreed, remote tickets with no local twin, and how many
 * tickets it repaired. {@code runId} is its entry in the sync log.
 */
public record DriftReport(long runId, long checked, List<FieldDrift> drifts, List<String> unlinked, long repaired) {

    public DriftReport {
        drifts = List.copyOf(drifts);
        unlinked = List.copyOf(unlinked);
    }
}
