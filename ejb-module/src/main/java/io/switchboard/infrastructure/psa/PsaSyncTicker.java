package io.switchboard.infrastructure.psa;

import io.switchboard.application.psa.SyncSchedule;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the scheduled pulls: every {@code switchboard.psa.tick-seconds} the leased ticker
 * {@code psa-sync} (one server of those sharing the database) runs each connection that has not
 * synced for {@code switchboard.psa.interval-seconds}.
 */
@Singleton
@Startup
@DependsOn("PluginBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PsaSyncTicker {

    @Inject
    LeasedTickers tickers;

    @Inject
    SyncSchedule schedule;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.psa.tick-seconds", defaultValue = "15")
    long tickSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.psa.interval-seconds", defaultValue = "300")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "switchboard.psa.lease-seconds", defaultValue = "600")
    long leaseSeconds;

    private Ticker ticker;

    @PostConstruct
    void start() {
        Duration every = Duration.ofSeconds(Math.max(1, tickSeconds));
        ticker = tickers.start(
                TickSchedule.every("psa-sync", every)
                        .leasedFor(Duration.ofSeconds(Math.max(leaseSeconds, every.toSeconds() + 1))),
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
        schedule.runDue(clock.instant(), Duration.ofSeconds(Math.max(1, intervalSeconds)));
    }
}
