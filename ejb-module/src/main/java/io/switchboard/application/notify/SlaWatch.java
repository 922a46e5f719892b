package io.switchboard.application.notify;

import io.switchboard.infrastructure.outbox.SchedulerLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The timer behind SLA warnings and breaches: every {@code switchboard.sla.watch-seconds} the
 * holder of the {@code sla-watch} lease runs {@link SlaAlerts#fire}. Warnings fire at
 * {@code switchboard.sla.warning-percent} (default 80) of the way from start to deadline.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

    @Inject
    SlaAlerts alerts;

    @Inject
    SchedulerLease lease;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "switchboard.sla.watch-seconds", defaultValue = "30")
    int everySeconds;

    @Inject
    @ConfigProperty(name = "switchboard.sla.warning-percent", defaultValue = "80")
    int warningPercent;

    @Inject
    @ConfigProperty(name = "switchboard.sla.warning-horizon-hours", defaultValue = "72")
    int horizonHours;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, Math.min(5, everySeconds), Math.max(1, everySeconds), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            if (lease.acquire("sla-watch", Duration.ofSeconds(Math.max(60, everySeconds * 3L)), clock.instant())) {
                int percent = Math.max(1, Math.min(99, warningPercent));
                int fired = alerts.fire(clock.instant(), percent, Duration.ofHours(horizonHours), Duration.ofDays(1));
                if (fired > 0) {
                    LOG.fine(() -> "SLA watch fired " + fired + " alerts");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SLA watch failed; trying again in " + everySeconds + " s", e);
        }
    }
}
