package io.switchboard.application.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When a ticker runs and how long its lease lasts.
 *
 * @param name the lease's name, unique across the cluster: lowercase letters, digits and
 *     {@code : . _ -}, up to 120 characters ({@code "outbox-dispatcher"}, {@code "mail-poll:42"})
 * @param every the pause between the end of one tick and the start of the next
 * @param firstAfter the pause before the first tick
 * @param lease how long a claim or renewal holds the name; a dead holder's name is free after
 *     this. Ticks must finish well within it, or call {@link Tick#renew()} as they go.
 * @param leased false for work every server does for itself (loading plugins from the database):
 *     no lease, the same scheduling and status
 */
public record TickSchedule(String name, Duration every, Duration firstAfter, Duration lease, boolean leased) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9:._-]{0,119}");

    /** The shortest lease: a holder that stalls for a few seconds (a GC pause, a slow disk) keeps its name. */
    public static final Duration MIN_LEASE = Duration.ofSeconds(15);

    public TickSchedule {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a ticker name is lowercase letters, digits and ':._-', up to 120: " + name);
        }
        if (every.compareTo(Duration.ofMillis(10)) < 0) {
            throw new IllegalArgumentException("ticker " + name + " would tick more often than every 10 ms: " + every);
        }
        if (firstAfter.isNegative()) {
            throw new IllegalArgumentException("ticker " + name + " has a negative first delay: " + firstAfter);
        }
        if (lease.compareTo(every) <= 0 || lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the lease of ticker " + name + " (" + lease
                    + ") must be at least 1 s and longer than its interval");
        }
    }

    /** A leased ticker: first tick after one interval, lease the longer of {@link #MIN_LEASE} and three intervals. */
    public static TickSchedule every(String name, Duration every) {
        return new TickSchedule(name, every, every, defaultLease(every), true);
    }

    public TickSchedule startingAfter(Duration firstAfter) {
        return new TickSchedule(name, every, firstAfter, lease, leased);
    }

    public TickSchedule leasedFor(Duration lease) {
        return new TickSchedule(name, every, firstAfter, lease, leased);
    }

    /** Runs on every server, without a lease. */
    public TickSchedule onEveryServer() {
        return new TickSchedule(name, every, firstAfter, lease, false);
    }

    /**
     * How often a server that does not hold the name checks whether it is free: often enough
     * that a takeover is quick, rarely enough that standing by costs next to nothing.
     */
    public Duration standbyCheck() {
        Duration fifth = lease.dividedBy(5);
        return every.compareTo(fifth) < 0 ? fifth : every;
    }

    /** The longest a dead holder's name stays idle: the lease running out, then the next standby check. */
    public Duration takeoverWithin() {
        return lease.plus(standbyCheck()).plus(every);
    }

    private static Duration defaultLease(Duration every) {
        Duration three = every.multipliedBy(3);
        return three.compareTo(MIN_LEASE) > 0 ? three : MIN_LEASE;
    }
}
