package io.switchboard.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock the application reads; tests of the domain pass fixed clocks instead. It ticks in
 * microseconds, the finest a PostgreSQL timestamp keeps, so an instant reads back as it was written.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
