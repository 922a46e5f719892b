package io.switchboard.interfaces.rest.http;

import io.switchboard.interfaces.rest.json.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per caller: a runaway script gets 429 with Retry-After instead of starving
 * everyone else. {@code switchboard.api.rate-limit} requests per second (0 turns it off), with
 * bursts up to {@code switchboard.api.rate-burst}; {@code switchboard.api.rate-limits} sets other
 * limits for named logins (see {@link CallerLimits}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class RateLimitFilter implements ContainerRequestFilter {

    private static final int MAX_CALLERS = 100_000;
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

    @Inject
    @ConfigProperty(name = "switchboard.api.rate-limit", defaultValue = "200")
    double perSecond;

    @Inject
    @ConfigProperty(name = "switchboard.api.rate-burst", defaultValue = "400")
    double burst;

    @Inject
    @ConfigProperty(name = "switchboard.api.rate-limits")
    Optional<String> perLogin;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile CallerLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (perSecond <= 0 || caller == null) {
            return;
        }
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
        CallerLimits.Limit limit = limits().of(caller.getName(), new CallerLimits.Limit(perSecond, burst));
        long waitMillis = buckets.computeIfAbsent(
                        caller.getName(), name -> new TokenBucket(limit.burst(), System.nanoTime()))
                .take(limit.perSecond(), limit.burst(), System.nanoTime());
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            request.abortWith(Response.fromResponse(Problem.of(
                                    Response.Status.TOO_MANY_REQUESTS,
                                    "rate-limited",
                                    "Too many requests: at most " + (long) limit.perSecond() + " a second. Retry in "
                                            + seconds + " s.")
                            .toResponse())
                    .header("Retry-After", seconds)
                    .build());
        }
    }

    /** The per-login limits; a malformed setting is reported once and the default applies to everyone. */
    private CallerLimits limits() {
        if (limits == null) {
            try {
                limits = CallerLimits.parse(perLogin);
            } catch (IllegalArgumentException e) {
                LOG.severe(e.getMessage() + "; every caller gets the default limit until it is fixed");
                limits = CallerLimits.parse(Optional.empty());
            }
        }
        return limits;
    }
}
