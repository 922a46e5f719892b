package io.switchboard.plugins.autotask;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.RateBudget;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Autotask's hourly budget as its {@code ThresholdInformation} reports it, read again once a
 * minute and counted down by each request in between. The budget is shared by every integration
 * of the tenant, so the provider stops short of it: below a reserve it refuses calls as
 * throttled until the window has room again, rather than be the one that locks the tenant out.
 */
final class AtBudget {

    static final Duration REFRESH = Duration.ofMinutes(1);

    private final Clock clock;
    private volatile long limit = -1;
    private volatile long used;
    private volatile long timeframeMinutes = 60;
    private volatile Instant readAt;
    private volatile Instant throttledUntil;

    AtBudget(Clock clock) {
        this.clock = clock;
    }

    /** Before a call: reads the threshold when it is stale, and refuses when the budget is (nearly) used up. */
    void admit(AtApi api) throws RemoteFailure {
        Instant now = clock.instant();
        if (throttledUntil != null && now.isBefore(throttledUntil)) {
            throw RemoteFailure.throttled(
                    "Autotask's hourly request budget is used up", Duration.between(now, throttledUntil));
        }
        if (readAt == null || !now.isBefore(readAt.plus(REFRESH))) {
            read(api, now);
        }
        if (limit > 0 && limit - used <= reserve()) {
            Duration wait = Duration.ofMinutes(Math.max(1, timeframeMinutes / 12));
            throttledUntil = now.plus(wait);
            throw RemoteFailure.throttled(
                    "Autotask's hourly request budget is nearly used up (" + used + " of " + limit
                            + "); the rest is left to the tenant's other integrations",
                    wait);
        }
        used++;
    }

    /** After a 429: nothing more until the Retry-After has passed. */
    void throttled(RemoteFailure f) {
        throttledUntil = clock.instant().plus(f.retryAfter().orElse(Duration.ofMinutes(1)));
    }

    Optional<RateBudget> current() {
        if (limit < 0) {
            return Optional.empty();
        }
        return Optional.of(new RateBudget(Math.max(0, limit - used), limit, null, AtHttp.THREADS_PER_ENDPOINT));
    }

    /** What is left for others: 1% of the hour, at least 20 requests. */
    private long reserve() {
        return Math.max(20, limit / 100);
    }

    private void read(AtApi api, Instant now) throws RemoteFailure {
        JsonObject info = api.get("ThresholdInformation");
        String threshold = JsonValues.string(info, "externalRequestThreshold");
        String count = JsonValues.string(info, "currentTimeframeRequestCount");
        String minutes = JsonValues.string(info, "requestThresholdTimeframe");
        if (threshold != null && threshold.matches("\\d+")) {
            limit = Long.parseLong(threshold);
        }
        if (count != null && count.matches("\\d+")) {
            used = Long.parseLong(count);
        }
        if (minutes != null && minutes.matches("\\d+")) {
            timeframeMinutes = Long.parseLong(minutes);
        }
        readAt = now;
    }
}
