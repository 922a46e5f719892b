package io.switchboard.infrastructure.schedule;

import io.switchboard.application.schedule.LeasedTickers;
import io.switchboard.application.schedule.TickSchedule;
import io.switchboard.application.schedule.TickWork;
import io.switchboard.application.schedule.Ticker;
import io.switchboard.application.schedule.TickerStatus;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** {@link LeasedTickers} on the shared database's lease table and the server's managed scheduled executor. */
@ApplicationScoped
public class DatabaseLeasedTickers implements LeasedTickers {

    private static final Logger LOG = Logger.getLogger(DatabaseLeasedTickers.class.getName());

    @Inject
    Leases leases;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Running> running = new ConcurrentHashMap<>();

    private record Running(RunningTicker ticker, ScheduledFuture<?> future) {}

    @Override
    public Ticker start(TickSchedule schedule, TickWork work) {
        RunningTicker ticker = new RunningTicker(schedule, work, leases, ServerName.OWN, System::nanoTime, clock);
        synchronized (running) {
            if (running.containsKey(schedule.name())) {
                throw new IllegalStateException("a ticker named " + schedule.name() + " already runs on this server");
            }
            ScheduledFuture<?> future = scheduler.scheduleWithFixedDelay(
                    ticker::tick,
                    schedule.firstAfter().toMillis(),
                    schedule.every().toMillis(),
                    TimeUnit.MILLISECONDS);
            running.put(schedule.name(), new Running(ticker, future));
        }
        return new Ticker() {
            @Override
            public String name() {
                return schedule.name();
            }

            @Override
            public void stop() {
                DatabaseLeasedTickers.this.stop(schedule.name(), ticker);
            }
        };
    }

    private void stop(String name, RunningTicker ticker) {
        Running r;
        synchronized (running) {
            r = running.get(name);
            if (r == null || r.ticker() != ticker) {
                return;
            }
            running.remove(name);
        }
        r.future().cancel(false);
        r.ticker().stop();
    }

    @Override
    public List<TickerStatus> statuses() {
        Map<String, Leases.Holder> holders;
        try {
            holders = leases.holders().stream().collect(Collectors.toMap(Leases.Holder::name, Function.identity()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cannot read the lease table", e);
            holders = Map.of();
        }
        Map<String, Leases.Holder> known = holders;
        return running.values().stream()
                .map(Running::ticker)
                .map(t -> status(t, known.get(t.name())))
                .sorted(Comparator.comparing(TickerStatus::name))
                .toList();
    }

    private static TickerStatus status(RunningTicker t, Leases.Holder holder) {
        TickSchedule s = t.schedule();
        return new TickerStatus(
                s.name(),
                s.leased(),
                s.every().toMillis(),
                s.lease().toMillis(),
                ServerName.OWN,
                holder == null ? null : holder.owner(),
                holder == null ? null : holder.expiresAt(),
                t.heldHere(),
                t.term(),
                t.runs(),
                t.failures(),
                t.lastError(),
                t.recent());
    }

    /** Hands every lease back when the application stops, so another server takes over at once. */
    @PreDestroy
    void stopAll() {
        List.copyOf(running.keySet()).forEach(name -> {
            Running r = running.get(name);
            if (r != null) {
                stop(name, r.ticker());
            }
        });
    }
}
