package io.switchboard.application;

/**
 * A port: whether the past of the desk's tickets (the counts of finished days) changed, as a
 * stamp every server reads from the database. An import moves it in its own transaction, so the
 * servers that remember finished days count them again, not only the one that imported.
 */
public interface PastChanges {

    /** The stamp now; it only grows. */
    long stamp();

    /** Moves the stamp, with the transaction that rewrote the past. */
    void rewritten();
}
