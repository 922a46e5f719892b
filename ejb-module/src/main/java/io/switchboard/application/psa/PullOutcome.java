package io.switchboard.application.psa;

/** What applying one remote ticket did locally. */
public enum PullOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
