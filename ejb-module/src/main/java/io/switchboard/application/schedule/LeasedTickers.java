package io.switchboard.application.schedule;

import java.util.List;

/**
 * Runs named periodic work, a <em>tick</em>, on exactly one of the servers that share the
 * database. Each name is a lease in the database: the server that holds it runs the tick every
 * {@link TickSchedule#every()} and renews it as it goes; the others stand by and check now and
 * then. When the holder dies, its lease runs out and another server takes the name within
 * {@link TickSchedule#takeoverWithin()}. A server that stops cleanly hands its leases back at once.
 *
 * <p>Names are cheap: start one ticker per mailbox or per connection ({@code "mail-poll:42"}),
 * and stop it when the mailbox goes. Ticks of one name never overlap, on one server or across
 * servers; a tick that throws is logged and the next one runs as planned.
 *
 * <p>Usage, from a {@code @Startup} singleton:
 *
 * <pre>{@code
 * ticker = tickers.start(TickSchedule.every("sla-watch", Duration.ofSeconds(30)), this::fireAlerts);
 * ...
 * ticker.stop(); // in @PreDestroy
 * }</pre>
 */
public interface LeasedTickers {

    /**
     * Starts running {@code work} under {@code schedule}. A long tick calls {@link Tick#renew()}
     * between slices of its work and stops when it answers false.
     *
     * @throws IllegalStateException when a ticker of that name already runs on this server
     */
    Ticker start(TickSchedule schedule, TickWork work);

    /** The same for work that does not need to look at its lease. */
    default Ticker start(TickSchedule schedule, Runnable work) {
        return start(schedule, tick -> work.run());
    }

    /** Every ticker started on this server, with its lease and its recent runs. */
    List<TickerStatus> statuses();
}
