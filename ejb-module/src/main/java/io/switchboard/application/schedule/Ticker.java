package io.switchboard.application.schedule;

/** A running ticker on this server. */
public interface Ticker {

    String name();

    /** Stops ticking here after the tick in progress (if any) and hands the lease back, so another server takes over at once. */
    void stop();
}
