package io.switchboard.application;

/** A trivial read that must reach the database itself (not a cache): the health check's question. */
public interface DatabaseProbe {

    /** Returns once the database has answered; throws if it cannot be reached. */
    void roundTrip();
}
