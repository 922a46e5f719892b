package io.switchboard.domain.psa;

/** Where a sync run is: running, or finished with or without errors, or failed before it could read anything. */
public enum SyncState {
    RUNNING,
    SUCCEEDED,
    PARTIAL,
    FAILED
}
