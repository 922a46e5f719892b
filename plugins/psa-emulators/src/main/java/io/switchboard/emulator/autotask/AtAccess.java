package io.switchboard.emulator.autotask;

import io.switchboard.emulator.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may call and how much: the three credential headers, the database's budget of requests
 * per rolling hour (with the latency Autotask adds at 50% and 75% of it), and at most three
 * requests at once per object endpoint and integration code.
 */
final class AtAccess {

    static final String USER = "api@demo.example";
    static final String SECRET = "secret";
    static final String INTEGRATION_CODE = "demo";
    static final Duration WINDOW = Duration.ofMinutes(60);

    private final Deque<Instant> requests = new ArrayDeque<>();
    private final Map<String, AtomicInteger> threads = new ConcurrentHashMap<>();
    private volatile Clock clock;
    private volatile long hourlyLimit = 10_000;
    private volatile int threadLimit = 3;
    private volatile Duration latencyAtHalf = Duration.ofMillis(500);
    private volatile Duration latencyAtThreeQuarters = Duration.ofSeconds(1);

    AtAccess(Clock clock) {
        this.clock = clock;
    }

    void clock(Clock c) {
        clock = c;
    }

    void hourlyLimit(long limit) {
        hourlyLimit = limit;
    }

    void threadLimit(int limit) {
        threadLimit = limit;
    }

    void latency(Duration atHalf, Duration atThreeQuarters) {
        latencyAtHalf = atHalf;
        latencyAtThreeQuarters = atThreeQuarters;
    }

    long hourlyLimit() {
        return hourlyLimit;
    }

    /** Checks the credential headers the way Autotask answers them: an unknown user or code is a 500. */
    static void authenticate(String user, String secret, String code) {
        if (user == null || !user.equalsIgnoreCase(USER)) {
            throw AtErrors.rejected("Zone information could not be determined");
        }
        if (code == null || !code.equals(INTEGRATION_CODE)) {
            throw AtErrors.rejected("IntegrationCode is invalid.");
        }
        if (!SECRET.equals(secret)) {
            throw AtErrors.unauthorized();
        }
    }

    /** Requests made in the last hour. */
    synchronized long used() {
        forgetOld();
        return requests.size();
    }

    /** Counts one request against the hour; refuses it when the hour is used up. Returns the latency to add. */
    synchronized Duration count() {
        forgetOld();
        long limit = hourlyLimit;
        if (requests.size() >= limit) {
            Instant frees = requests.peekFirst().plus(WINDOW);
            long seconds = Math.max(1, Duration.between(clock.instant(), frees).toSeconds());
            throw new ApiError(
                            429,
                            AtErrors.body("Exceeded the API request threshold of " + limit + " requests in "
                                    + WINDOW.toMinutes() + " minutes. Try again later."))
                    .retryAfter(seconds);
        }
        requests.addLast(clock.instant());
        double share = (double) requests.size() / limit;
        return share >= 0.75 ? latencyAtThreeQuarters : share >= 0.5 ? latencyAtHalf : Duration.ZERO;
    }

    /** Takes one of the endpoint's thread slots for this integration code, or refuses. */
    Runnable enter(String code, String entity) {
        String key = (code == null ? "" : code) + "|" + entity.toLowerCase(Locale.ROOT);
        AtomicInteger inUse = threads.computeIfAbsent(key, k -> new AtomicInteger());
        if (inUse.incrementAndGet() > threadLimit) {
            inUse.decrementAndGet();
            throw new ApiError(
                            429,
                            AtErrors.body("Thread limit exceeded: at most " + threadLimit
                                    + " concurrent requests are allowed per object endpoint (" + entity
                                    + ") and integration."))
                    .retryAfter(1);
        }
        return inUse::decrementAndGet;
    }

    private void forgetOld() {
        Instant since = clock.instant().minus(WINDOW);
        while (!requests.isEmpty() && requests.peekFirst().isBefore(since)) {
            requests.removeFirst();
        }
    }
}
