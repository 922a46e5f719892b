package io.switchboard.application.notify;

import io.switchboard.application.schedule.LeasedTickers;
import io.switchboard.application.schedule.TickSchedule;
import io.switchboard.application.schedule.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The timer behind SLA warnings and breaches: every {@code switchboard.sla.watch-seconds} the
 * leased ticker {@code sla-watch} runs {@link SlaAlerts#fire} on one server of those sharing the
 * database. Warnings fire at
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
    LeasedTickers tickers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.sla.watch-seconds", defaultValue = "30")
    int everySeconds;

    @Inject
    @ConfigProperty(name = "switchboard.sla.warning-percent", defaultValue = "80")
    int warningPercent;

    @Inject
    @ConfigProperty(name = "switchboard.sla.warning-horizon-hours", defaultValue = "72")
    int horizonHours;

    private Ticker ticker;

    @PostConstruct
    void start() {
        Duration every = Duration.ofSeconds(Math.max(1, everySeconds));
        ticker = tickers.start(
                TickSchedule.every("sla-watch", every).startingAfter(Duration.ofSeconds(Math.min(5, everySeconds))),
                this::tick);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    /** Failures are the ticker's to log; the next tick tries again. */
    void tick() {
        int percent = Math.max(1, Math.min(99, warningPercent));
        int fired = alerts.fire(clock.instant(), percent, Duration.ofHours(horizonHours), Duration.ofDays(1));
        if (fired > 0) {
            LOG.fine(() -> "SLA watch fired " + fired + " alerts");
        }
    }
}
