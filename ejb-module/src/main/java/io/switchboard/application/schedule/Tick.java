package io.switchboard.application.schedule;

/** The tick being run: which lease it runs under, and a way for long work to keep that lease. */
public interface Tick {

    String name();

    /**
     * The lease's term: it grows by one each time another server takes the name, so work that
     * writes with it can tell a stale holder's writes from the current one's (a fencing token).
     * Zero for a ticker that runs on every server.
     */
    long term();

    /**
     * Extends the lease for a full {@link TickSchedule#lease()} once a third of it has passed
     * (a no-op before). False when this server no longer holds the name: stop at once, another
     * server may already be running this tick. Always true on a ticker that runs on every server.
     */
    boolean renew();
}
