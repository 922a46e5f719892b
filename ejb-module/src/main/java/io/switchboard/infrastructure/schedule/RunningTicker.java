package io.switchboard.infrastructure.schedule;

import io.switchboard.application.schedule.Tick;
import io.switchboard.application.schedule.TickSchedule;
import io.switchboard.application.schedule.TickWork;
import io.switchboard.application.schedule.TickerStatus.TickRun;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One named ticker on this server. Each tick first makes sure this server holds the lease (claim
 * while standing by, renew once a third of it has passed), then runs the work. The server's own
 * belief that it holds the lease is timed on its monotonic clock from just before the claim or
 * renewal was sent, so it always runs out before the database's expiry does: a holder stops
 * ticking before anyone else can start.
 */
final class RunningTicker implements Tick {

    private static final Logger LOG = Logger.getLogger(RunningTicker.class.getName());
    static final int RUNS_KEPT = 50;

    private final TickSchedule schedule;
    private final TickWork work;
    private final Leases leases;
    private final String owner;
    private final LongSupplier nanos;
    private final Clock clock;
    private final long leaseNanos;
    private final long standbyNanos;

    private volatile boolean held;
    private volatile long term;
    private volatile boolean stopped;
    private long renewedAt;
    private long nextClaimAt;
    private volatile long runs;
    private volatile long failures;
    private volatile String lastError;
    private boolean failing;
    private final Deque<TickRun> recent = new ArrayDeque<>();

    RunningTicker(TickSchedule schedule, TickWork work, Leases leases, String owner, LongSupplier nanos, Clock clock) {
        this.schedule = schedule;
        this.work = work;
        this.leases = leases;
        this.owner = owner;
        this.nanos = nanos;
        this.clock = clock;
        this.leaseNanos = schedule.lease().toNanos();
        this.standbyNanos = schedule.standbyCheck().toNanos();
        this.nextClaimAt = nanos.getAsLong();
    }

    /** One scheduled tick; the executor never runs two of the same ticker at once. */
    void tick() {
        if (stopped) {
            return;
        }
        boolean mine;
        try {
            mine = !schedule.leased() || holdLease();
        } catch (RuntimeException e) {
            held = false;
            noteFailure("the lease could not be checked: " + e.getMessage(), e);
            return;
        }
        if (mine && !stopped) {
            runWork();
        }
    }

    private void runWork() {
        Instant started = clock.instant();
        boolean failed = false;
        try {
            work.run(this);
            if (failing) {
                failing = false;
                LOG.info(() -> "Ticker " + schedule.name() + " runs again");
            }
        } catch (Exception e) {
            failed = true;
            failures++;
            noteFailure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        remember(new TickRun(term, started, clock.instant(), failed));
    }

    private boolean holdLease() {
        long now = nanos.getAsLong();
        if (held) {
            long age = now - renewedAt;
            if (age < leaseNanos / 3) {
                return true;
            }
            if (age < leaseNanos) {
                return renewNow();
            }
            held = false; // our own lease ran out unrenewed (a long pause): claim it like anyone else
            LOG.warning(
                    () -> "Ticker " + schedule.name() + ": the lease ran out before it was renewed; claiming again");
        }
        if (now - nextClaimAt < 0) {
            return false;
        }
        nextClaimAt = now + standbyNanos;
        long sent = nanos.getAsLong();
        OptionalLong claimed = leases.claim(schedule.name(), owner, seconds());
        if (claimed.isEmpty()) {
            return false;
        }
        long previous = term;
        term = claimed.getAsLong();
        renewedAt = sent;
        held = true;
        if (term != previous) {
            LOG.info(() -> "Ticker " + schedule.name() + " runs on this server (" + owner + ", term " + term + ")");
        }
        return true;
    }

    private boolean renewNow() {
        long sent = nanos.getAsLong();
        if (leases.renew(schedule.name(), owner, term, seconds())) {
            renewedAt = sent;
            return true;
        }
        held = false;
        nextClaimAt = sent + standbyNanos;
        LOG.info(() -> "Ticker " + schedule.name() + " was taken over by another server; standing by");
        return false;
    }

    @Override
    public boolean renew() {
        if (!schedule.leased()) {
            return !stopped;
        }
        if (!held || stopped) {
            return false;
        }
        try {
            long age = nanos.getAsLong() - renewedAt;
            if (age < leaseNanos / 3) {
                return true;
            }
            if (age >= leaseNanos) {
                held = false;
                return false;
            }
            return renewNow();
        } catch (RuntimeException e) {
            held = false;
            noteFailure("the lease could not be renewed: " + e.getMessage(), e);
            return false;
        }
    }

    /** Stops ticking and hands the lease back; the executor's future is cancelled by the caller. */
    void stop() {
        stopped = true;
        if (schedule.leased() && held) {
            held = false;
            try {
                leases.release(schedule.name(), owner);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not hand back the lease " + schedule.name() + "; it runs out by itself", e);
            }
        }
    }

    private long seconds() {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(leaseNanos + 999_999_999L));
    }

    /** The first failure in a row is a warning with its cause; repeats are quieter until a tick succeeds. */
    private void noteFailure(String message, Exception e) {
        lastError = message;
        if (!failing) {
            failing = true;
            LOG.log(Level.WARNING, "Ticker " + schedule.name() + " failed; the next tick tries again: " + message, e);
        } else {
            LOG.log(Level.FINE, "Ticker " + schedule.name() + " failed again: " + message, e);
        }
    }

    private void remember(TickRun run) {
        synchronized (recent) {
            runs++;
            recent.addFirst(run);
            while (recent.size() > RUNS_KEPT) {
                recent.removeLast();
            }
        }
    }

    @Override
    public String name() {
        return schedule.name();
    }

    @Override
    public long term() {
        return term;
    }

    TickSchedule schedule() {
        return schedule;
    }

    boolean heldHere() {
        return schedule.leased() ? held : !stopped;
    }

    long runs() {
        return runs;
    }

    long failures() {
        return failures;
    }

    String lastError() {
        return lastError;
    }

    List<TickRun> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
