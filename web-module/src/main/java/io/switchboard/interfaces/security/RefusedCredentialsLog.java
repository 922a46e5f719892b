package io.switchboard.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * One log line per client address and minute for refused credentials, however many arrive: the
 * first refusal of a window is logged, the rest are counted and summarised when the next window
 * opens. An attacker who sends bad headers in a loop cannot rotate the logs away. Never logs a
 * credential, only the address and what was wrong with it.
 */
@ApplicationScoped
public class RefusedCredentialsLog {

    private static final Logger LOG = Logger.getLogger(RefusedCredentialsLog.class.getName());
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 10_000;

    private static final class Window {
        final long startedNanos;
        final AtomicLong suppressed = new AtomicLong();

        Window(long startedNanos) {
            this.startedNanos = startedNanos;
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong overflow = new AtomicLong();

    public void refused(String address, String reason) {
        long now = System.nanoTime();
        if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
            windows.values().removeIf(w -> now - w.startedNanos > WINDOW.toNanos());
            if (windows.size() >= MAX_ADDRESSES) {
                if (overflow.getAndIncrement() % 10_000 == 0) {
                    LOG.warning("Refused credentials from more than " + MAX_ADDRESSES + " addresses a minute;"
                            + " logging one in 10,000 of the rest (" + reason + ")");
                }
                return;
            }
        }
        long[] suppressedBefore = {-1};
        windows.compute(address, (a, w) -> {
            if (w == null || now - w.startedNanos > WINDOW.toNanos()) {
                suppressedBefore[0] = w == null ? 0 : w.suppressed.get();
                return new Window(now);
            }
            w.suppressed.incrementAndGet();
            return w;
        });
        if (suppressedBefore[0] >= 0) {
            LOG.warning("Refused credentials from " + address + ": " + reason
                    + (suppressedBefore[0] > 0
                            ? " (and " + suppressedBefore[0] + " more refusals in the minute before)"
                            : "")
                    + "; further refusals from this address are counted for a minute");
        }
    }
}
