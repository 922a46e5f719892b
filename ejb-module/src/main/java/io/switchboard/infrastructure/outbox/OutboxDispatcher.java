package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.EventSubscriber;
import io.switchboard.application.notify.NotificationPlanner;
import io.switchboard.application.notify.SubscriberRegistry;
import io.switchboard.infrastructure.plugin.Containment;
import io.switchboard.infrastructure.plugin.PluginSettings;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox after commit, at least once, to every subscriber. A managed scheduled
 * executor ticks every {@code switchboard.outbox.poll-millis}; each tick first takes the
 * {@code outbox-dispatcher} lease (only the holder dispatches when several servers share the
 * database), fans new events out into deliveries, then hands the due deliveries to workers: one
 * worker per subscriber at a time, in event order, so a slow or dead subscriber delays only its
 * own deliveries. Every delivery carries the event's stable id; receivers drop duplicates by it.
 */
@Singleton
@Startup
@DependsOn("PluginBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final String LEASE = "outbox-dispatcher";
    private static final Duration WAIT_WHILE_UNAVAILABLE = Duration.ofSeconds(30);

    @Inject
    SchedulerLease lease;

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
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.poll-millis", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.outbox.batch", defaultValue = "200")
    int batch;

    private final SecureRandom random = new SecureRandom();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, pollMillis, Math.max(50, pollMillis), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            Instant now = clock.instant();
            if (!lease.acquire(LEASE, Duration.ofSeconds(leaseSeconds), now)) {
                return;
            }
            if (ledger.hasUndispatched()) {
                List<EventSubscriber> all = subscribers.all();
                while (ledger.fanOut(all, batch, clock.instant()) == batch) {
                    // more waiting: keep fanning out before delivering
                }
            }
            Map<String, List<DeliveryLedger.Due>> bySubscriber = new LinkedHashMap<>();
            for (DeliveryLedger.Due due : ledger.due(clock.instant(), batch)) {
                if (!busy.contains(due.subscriber())) {
                    bySubscriber.computeIfAbsent(due.subscriber(), k -> new java.util.ArrayList<>()).add(due);
                }
            }
            bySubscriber.forEach(this::startWorker);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch tick failed; the next tick retries", e);
        }
    }

    private void startWorker(String subscriber, List<DeliveryLedger.Due> deliveries) {
        if (!busy.add(subscriber)) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    Optional<EventSubscriber> target = subscribers.byKey(subscriber);
                    for (DeliveryLedger.Due due : deliveries) {
                        deliver(due, target);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Delivering to " + subscriber + " failed; the next tick retries", e);
                } finally {
                    busy.remove(subscriber);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.remove(subscriber);
        }
    }

    private void deliver(DeliveryLedger.Due due, Optional<EventSubscriber> target) {
        if (target.isEmpty()) {
            ledger.dead(due.id(), "the subscriber " + due.subscriber() + " no longer exists", clock.instant());
            return;
        }
        EventSubscriber s = target.get();
        Optional<String> unavailable = s.unavailable();
        if (unavailable.isPresent()) {
            ledger.postpone(due.id(), "waiting: " + unavailable.get(), clock.instant().plus(WAIT_WHILE_UNAVAILABLE), clock.instant());
            return;
        }
        Optional<Notification> planned = planner.plan(due.outboxId(), s.channel(), due.attempts() + 1);
        if (planned.isEmpty()) {
            ledger.dead(due.id(), "the event is no longer in the outbox", clock.instant());
            return;
        }
        Notification notification = planned.get();
        if (s.channel().isPresent() && notification.recipients().isEmpty()) {
            ledger.skip(due.id(), "nobody wants " + due.eventType() + " on " + s.channel().get(), clock.instant());
            return;
        }
        long started = System.nanoTime();
        DeliveryResult result;
        try {
            result = SubscriberRegistry.containsItself(s)
                    ? s.deliver(notification) // the plugin runtime contains the call itself
                    : containment.call("subscriber:" + s.key(), settings.callTimeout(), () -> s.deliver(notification));
            if (result == null) {
                result = DeliveryResult.retry("the subscriber returned no result");
            }
        } catch (Exception e) {
            result = DeliveryResult.retry(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        ledger.record(due.id(), result, (System.nanoTime() - started) / 1_000_000, s.retry(), random, clock.instant());
    }
}
