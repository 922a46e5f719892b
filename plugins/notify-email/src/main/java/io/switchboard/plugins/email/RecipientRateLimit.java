package io.switchboard.plugins.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perHour} messages to one address in any hour. This breaks mail loops (an
 * autoresponder answering every notification) and floods; a message over the limit is dropped,
 * not retried, since retrying would feed the loop.
 */
final class RecipientRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    RecipientRateLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Takes a slot for the address, or says no. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = sent.computeIfAbsent(address.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
