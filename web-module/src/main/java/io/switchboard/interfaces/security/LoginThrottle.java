package io.switchboard.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing with increasing delays, never a lockout an attacker could keep
 * someone in. Failures are counted three ways: for one name from one address (a guesser at one
 * account), for an address (a guesser at many accounts) and for a name from anywhere (a
 * distributed guesser). Past a free allowance each failure doubles the wait, from a second up to
 * a cap; a name from an address it has not failed from is blocked only by the larger allowance
 * per name. While blocked, credentials are not even checked. Counts are forgotten after a quiet
 * spell, and the pair's count on a successful sign-in. Only failures count, so people and tests
 * that sign in often are never slowed. Counts live in this server's memory. Tokens are not
 * counted: 256 random bits are not guessed, and a refused token is logged like any refusal.
 */
@ApplicationScoped
public class LoginThrottle {

    record Allowance(int free, Duration cap) {}

    static final Allowance PER_NAME_AND_ADDRESS = new Allowance(5, Duration.ofMinutes(15));
    static final Allowance PER_ADDRESS = new Allowance(20, Duration.ofMinutes(15));
    static final Allowance PER_NAME = new Allowance(50, Duration.ofMinutes(5));
    static final Duration QUIET = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private static final class Count {
        int failures;
        Instant last;
        Instant blockedUntil = Instant.MIN;
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    LoginThrottle() {}

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until this name may try again from this address; zero when it may now. */
    public Duration waitFor(String name, String address) {
        Instant now = clock.instant();
        Instant until = latest(
                blockedUntil(pair(name, address), now),
                blockedUntil(addressKey(address), now),
                blockedUntil(nameKey(name), now));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        count(pair(name, address), PER_NAME_AND_ADDRESS, now);
        count(addressKey(address), PER_ADDRESS, now);
        count(nameKey(name), PER_NAME, now);
    }

    public void succeeded(String name, String address) {
        counts.remove(pair(name, address));
    }

    private void count(String key, Allowance allowance, Instant now) {
        if (counts.size() >= MAX_KEYS && !counts.containsKey(key)) {
            counts.values().removeIf(c -> isQuiet(c, now) && !c.blockedUntil.isAfter(now));
        }
        counts.compute(key, (k, c) -> {
            Count count = c == null || isQuiet(c, now) ? new Count() : c;
            count.failures++;
            count.last = now;
            int beyond = count.failures - allowance.free();
            if (beyond > 0) {
                count.blockedUntil = now.plus(delay(beyond, allowance.cap()));
            }
            return count;
        });
    }

    /** 1 s for the first failure past the allowance, doubling, at most the cap. */
    static Duration delay(int beyond, Duration cap) {
        long seconds = beyond >= 31 ? Long.MAX_VALUE : 1L << (beyond - 1);
        return seconds >= cap.toSeconds() ? cap : Duration.ofSeconds(seconds);
    }

    private Instant blockedUntil(String key, Instant now) {
        Count c = counts.get(key);
        return c == null || isQuiet(c, now) ? Instant.MIN : c.blockedUntil;
    }

    private static boolean isQuiet(Count c, Instant now) {
        return c.last.plus(QUIET).isBefore(now) && !c.blockedUntil.isAfter(now);
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant ab = a.isAfter(b) ? a : b;
        return ab.isAfter(c) ? ab : c;
    }

    private static String pair(String name, String address) {
        return "pair:" + normal(name) + "\n" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String nameKey(String name) {
        return "name:" + normal(name);
    }

    /** Registries such as LDAP match names without regard to case; so does the count. */
    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
