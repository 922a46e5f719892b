package io.switchboard.interfaces.rest.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other sites' pages may call the API from a browser: an allow-list of exact origins
 * ({@code https://tools.example.com}), empty by default, so that no other site may. Calls carry
 * their own Authorization header; cookies are never allowed along.
 */
public record CorsPolicy(Set<String> origins) {

    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final Set<String> REQUEST_HEADERS =
            Set.of("authorization", "content-type", "accept", "if-match", "if-none-match", "idempotency-key");
    static final String EXPOSED = "ETag, Location, Link, Retry-After, Idempotent-Replayed, Content-Disposition";
    static final String MAX_AGE = "600";

    /** The allow-list as configured: origins separated by commas or spaces; a trailing slash is dropped. */
    public static CorsPolicy of(String configured) {
        if (configured == null || configured.isBlank()) {
            return new CorsPolicy(Set.of());
        }
        return new CorsPolicy(Arrays.stream(configured.split("[,\\s]+"))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .map(o -> o.replaceAll("/+$", "").toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isOff() {
        return origins.isEmpty();
    }

    /** Origins compare as the browser sends them (scheme, host and port), case-insensitively. */
    public boolean allows(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** The requested headers of a preflight that the API does not take, or an empty string. */
    static String refusedHeaders(String requested) {
        if (requested == null || requested.isBlank()) {
            return "";
        }
        return Arrays.stream(requested.split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty() && !REQUEST_HEADERS.contains(h))
                .collect(Collectors.joining(", "));
    }

    static boolean allowsMethod(String method) {
        return method != null && METHODS.contains(method.strip().toUpperCase(Locale.ROOT));
    }
}
