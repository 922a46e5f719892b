package io.switchboard.domain.psa;

/** Why a sync run started. */
public enum SyncTrigger {
    MANUAL,
    SCHEDULED,
    /** A drift check: a full pass comparing both sides field by field. */
    DRIFT,
    CALLBACK
}
