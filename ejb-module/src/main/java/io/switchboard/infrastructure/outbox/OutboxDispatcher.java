package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.EventNotice;
import io.switchboard.application.notify.EventSubscriber;
import io.switchboard.application.notify.NotificationPlanner;
import io.switchboard.application.notify.SubscriberRegistry;
import io.switchboard.application.schedule.LeasedTickers;
import io.switchboard.application.schedule.Tick;
import io.switchboard.application.schedule.TickSchedule;
import io.switchboard.application.schedule.Ticker;
import io.switchboard.infrastructure.plugin.Containment;
import io.switchboard.infrastructure.plugin.PluginSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox after commit, at least once, to every subscriber. The leased ticker
 * {@code outbox-dispatcher} ticks every {@code switchboard.outbox.poll-millis} on one server of
 * those sharing the database; each tick fans new events out into deliveries, then gives every
 * subscriber whose lane is idle a batch of its own due deliveries ({@code switchboard.outbox.batch}
 * at most), worked off by up to {@code switchboard.outbox.concurrency} runners (or the instance's
 * own {@code delivery.concurrency}). One subscriber's backlog, slow receiver or hung plugin
 * therefore fills only its own lane and batch. A subscriber that keeps per-ticket order is given
 * only the oldest pending delivery of each ticket. A refusal (circuit open, no free slot, switched
 * off) or a throttle postpones the rest of that subscriber's batch without using up attempts.
 * Every delivery carries the event's stable id; receivers drop duplicates by it.
 */
@Singleton
@Startup
@DependsOn("PluginBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final String TICKER = "outbox-dispatcher";
    private static final Duration WAIT_WHILE_UNAVAILABLE = Duration.ofSeconds(30);

    @Inject
    LeasedTickers tickers;

    @Inject
    DeliveryLedger ledger;

    @Inject
    SubscriberRegistry subscribers;

    @Inject
    NotificationPlanner planner;

    @Inject
    Containment containment;

    @Inject
    PluginSettings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService workers;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.poll-millis", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.lease-seconds", defaultValue = "15")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.batch", defaultValue = "200")
    int batch;

    /** Deliveries of one subscriber that may run at once, unless its instance says otherwise. */
    @Inject
    @ConfigProperty(name = "switchboard.outbox.concurrency", defaultValue = "4")
    int defaultConcurrency;

    private static final int SWEEP_EVERY_TICKS = 20;
    private static final int SETTLE_TOGETHER = 25;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SubscriberLane> lanes = new ConcurrentHashMap<>();
    private final Map<String, Verdict> refusals = new ConcurrentHashMap<>();
    private long ticks;
    private Ticker ticker;
    /** The subscribers of the last tick; lanes refill from it between ticks. */
    private volatile Map<String, EventSubscriber> current = Map.of();
    /** Until when a lane may take its next batch without a tick: shortly after this server's last tick. */
    private volatile long refillUntilNanos;

    @PostConstruct
    void start() {
        Duration every = Duration.ofMillis(Math.max(50, pollMillis));
        ticker = tickers.start(
                TickSchedule.every(TICKER, every)
                        .leasedFor(Duration.ofSeconds(Math.max(leaseSeconds, 1 + every.toSeconds()))),
                this::tick);
    }

    @PreDestroy
    void stop() {
        refillUntilNanos = System.nanoTime(); // the lease goes to another server at once: no more refills here
        if (ticker != null) {
            ticker.stop();
        }
    }

    void tick(Tick tick) {
        try {
            List<EventSubscriber> all = subscribers.all();
            current = all.stream().collect(Collectors.toUnmodifiableMap(EventSubscriber::key, s -> s, (a, b) -> a));
            refillUntilNanos = System.nanoTime()
                    + Duration.ofMillis(2 * Math.max(50, pollMillis)).toNanos();
            boolean more = ledger.hasUndispatched();
            do {
                more = more && ledger.fanOut(all, batch, clock.instant()) == batch;
                feed(all); // between fan-out rounds too, so that a burst of new events never starves the lanes
            } while (more && tick.renew());
            if (ticks++ % SWEEP_EVERY_TICKS == 0) {
                sweep(all);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch tick failed; the next tick retries", e);
        }
    }

    /** Gives every subscriber whose lane is idle its next batch of due deliveries. */
    private void feed(List<EventSubscriber> all) {
        for (EventSubscriber s : all) {
            feed(s, lanes.computeIfAbsent(s.key(), SubscriberLane::new));
        }
    }

    private void feed(EventSubscriber s, SubscriberLane lane) {
        if (lane.isIdle()) {
            List<DeliveryLedger.Due> due = ledger.due(s.key(), s.delivery().ticketOrder(), clock.instant(), batch);
            lane.start(
                    due,
                    concurrency(s),
                    workers,
                    () -> new Runner(s),
                    rest -> holdBack(rest, s),
                    due.size() == batch ? () -> refill(s.key()) : null);
        }
    }

    /**
     * A lane that worked off a full batch takes the next one at once, while this server is still
     * ticking (so it holds the lease); otherwise the next tick feeds it. Without this a busy
     * subscriber's deliveries came in bursts one tick apart.
     */
    private void refill(String key) {
        EventSubscriber s = current.get(key);
        SubscriberLane lane = lanes.get(key);
        if (s != null && lane != null && System.nanoTime() - refillUntilNanos < 0) {
            feed(s, lane);
        }
    }

    private int concurrency(EventSubscriber s) {
        Integer own = s.delivery().concurrency();
        return Math.max(1, own == null ? defaultConcurrency : own);
    }

    /**
     * Deliveries of subscribers that are not among the active ones: a deleted instance's go to the
     * dead letters, a switched-off instance's wait without using up attempts.
     */
    private void sweep(List<EventSubscriber> active) {
        Set<String> keys = active.stream().map(EventSubscriber::key).collect(Collectors.toSet());
        lanes.keySet().retainAll(keys);
        for (String other : ledger.otherSubscribersDue(keys, clock.instant())) {
            Optional<EventSubscriber> target = subscribers.byKey(other);
            if (target.isEmpty()) {
                ledger.deadForSubscriber(other, "the subscriber " + other + " no longer exists", clock.instant());
            } else {
                ledger.postponeSubscriber(
                        other,
                        "waiting: " + target.get().unavailable().orElse("the subscriber is switched off"),
                        clock.instant().plus(WAIT_WHILE_UNAVAILABLE),
                        clock.instant());
            }
        }
    }

    /** The rest of a batch would be refused the same way: it waits as long, in one statement, no attempts used. */
    private void holdBack(List<DeliveryLedger.Due> rest, EventSubscriber s) {
        Verdict verdict = refusals.remove(s.key());
        if (verdict == null) {
            return;
        }
        ledger.postponeAll(
                rest.stream().map(DeliveryLedger.Due::id).toList(),
                verdict.kind() == Verdict.Kind.THROTTLED ? "waiting: " + verdict.detail() : verdict.detail(),
                clock.instant().plus(verdict.delay()),
                clock.instant());
    }

    /**
     * One runner of a subscriber's lane. Successes are recorded in groups of
     * {@link #SETTLE_TOGETHER}, one transaction each, instead of a commit per delivery; every
     * other outcome at once. A crash before a group is recorded only delivers its events again.
     */
    private final class Runner implements SubscriberLane.Runner {

        private final EventSubscriber s;
        private final List<DeliveryLedger.Delivered> delivered = new ArrayList<>();

        Runner(EventSubscriber s) {
            this.s = s;
        }

        @Override
        public boolean deliver(DeliveryLedger.Due due) {
            Verdict verdict = attempt(due, s, delivered);
            if (delivered.size() >= SETTLE_TOGETHER) {
                finish();
            }
            if (verdict != null && verdict.holdsTheSubscriber()) {
                refusals.put(s.key(), verdict);
                return false;
            }
            return true;
        }

        @Override
        public void finish() {
            if (!delivered.isEmpty()) {
                ledger.settleDelivered(List.copyOf(delivered), clock.instant());
                delivered.clear();
            }
        }
    }

    /** One delivery; the verdict of the call, or null when there was nothing to call. */
    private Verdict attempt(DeliveryLedger.Due due, EventSubscriber s, List<DeliveryLedger.Delivered> delivered) {
        Optional<String> unavailable = s.unavailable();
        if (unavailable.isPresent()) {
            Verdict waiting =
                    new Verdict(Verdict.Kind.POSTPONE, "waiting: " + unavailable.get(), WAIT_WHILE_UNAVAILABLE);
            ledger.settle(due.id(), waiting, 0, s.retry(), random, clock.instant());
            return waiting;
        }
        Optional<EventNotice> planned = planner.plan(due.outboxId(), s.channel(), due.attempts() + 1);
        if (planned.isEmpty()) {
            ledger.dead(due.id(), "the event is no longer in the outbox", clock.instant());
            return null;
        }
        EventNotice notification = planned.get();
        if (s.channel().isPresent() && notification.recipients().isEmpty()) {
            ledger.skip(
                    due.id(),
                    "nobody wants " + due.eventType() + " on " + s.channel().get(),
                    clock.instant());
            return null;
        }
        long started = System.nanoTime();
        Verdict verdict;
        try {
            verdict = Verdict.of(
                    SubscriberRegistry.containsItself(s)
                            ? s.deliver(notification) // the plugin runtime contains the call itself
                            : containment.call(
                                    "subscriber:" + s.key(), settings.callTimeout(), () -> s.deliver(notification)));
        } catch (Exception e) {
            verdict = Verdict.of(e, clock.instant());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (verdict.kind() == Verdict.Kind.DELIVERED) {
            delivered.add(new DeliveryLedger.Delivered(due.id(), verdict.detail(), millis));
        } else {
            ledger.settle(due.id(), verdict, millis, s.retry(), random, clock.instant());
        }
        return verdict;
    }
}
