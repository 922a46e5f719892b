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
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per caller: a runaway script gets 429 with Retry-After instead of starving
 * everyone else. {@code switchboard.api.rate-limit} requests per second (0 turns it off), with
 * bursts up to {@code switchboard.api.rate-burst}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class RateLimitFilter implements ContainerRequestFilter {

    private static final int MAX_CALLERS = 100_000;

    @Inject
    @ConfigProperty(name = "switchboard.api.rate-limit", defaultValue = "200")
    double perSecond;

    @Inject
    @ConfigProperty(name = "switchboard.api.rate-burst", defaultValue = "400")
    double burst;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (perSecond <= 0 || caller == null) {
            return;
        }
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
        long waitMillis = buckets.computeIfAbsent(caller.getName(), name -> new TokenBucket(burst, System.nanoTime()))
                .take(perSecond, burst, System.nanoTime());
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            request.abortWith(Response.fromResponse(Problem.of(
                                    Response.Status.TOO_MANY_REQUESTS,
                                    "rate-limited",
                                    "Too many requests: at most " + (long) perSecond + " a second. Retry in " + seconds
                                            + " s.")
                            .toResponse())
                    .header("Retry-After", seconds)
                    .build());
        }
    }
}
