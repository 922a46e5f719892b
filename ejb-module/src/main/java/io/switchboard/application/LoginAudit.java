package io.switchboard.application;

import io.switchboard.application.view.LoginFailureView;
import io.switchboard.domain.access.LoginFailure;
import io.switchboard.domain.access.LoginFailure.Outcome;
import io.switchboard.domain.access.LoginFailureRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The audit of failed sign-ins. Each refused password is a row; attempts refused while throttled
 * are summed into one row per name and address and minute. Rows older than 30 days are dropped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAudit {

    private static final Logger LOG = Logger.getLogger(LoginAudit.class.getName());
    static final Duration KEPT = Duration.ofDays(30);
    private static final Duration SUMMED = Duration.ofMinutes(1);

    @Inject
    LoginFailureRepository failures;

    @Inject
    Clock clock;

    public void refused(String username, String address, String channel) {
        Instant now = clock.instant();
        failures.add(new LoginFailure(username, address, channel, Outcome.REFUSED, now));
    }

    public void throttled(String username, String address, String channel, Duration retryAfter) {
        Instant now = clock.instant();
        var summed = failures.lastThrottled(username, address, now.minus(SUMMED));
        if (summed.isPresent()) {
            summed.get().again(now);
            return;
        }
        failures.add(new LoginFailure(username, address, channel, Outcome.THROTTLED, now));
        LOG.warning("Sign-ins throttled for " + printable(username) + " from " + address + " (" + channel
                + "), retry after " + retryAfter.toSeconds() + " s");
    }

    public List<LoginFailureView> recent(int limit) {
        return failures.recent(Math.max(1, Math.min(limit, 500))).stream()
                .map(f -> new LoginFailureView(
                        f.username(),
                        f.address(),
                        f.channel(),
                        f.outcome().name().toLowerCase(),
                        f.attempts(),
                        f.at()))
                .toList();
    }

    @Schedule(minute = "23", hour = "*", persistent = false, info = "login-failure-purge")
    public void forgetOld() {
        failures.removeBefore(clock.instant().minus(KEPT));
    }

    /** A name typed by anyone goes into a log line: no line breaks, no control characters, bounded. */
    private static String printable(String name) {
        String cut = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
