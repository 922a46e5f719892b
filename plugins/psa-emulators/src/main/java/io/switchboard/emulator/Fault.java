package io.switchboard.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour to inject into matching requests: {@code method} (null: any) and a path that
 * contains {@code pathPart} (null: any; ending in {@code $}: a path that ends with the rest), for the next {@code times} matching requests (-1:
 * until cleared).
 */
public record Fault(Kind kind, String method, String pathPart, int times, Duration delay, int retryAfterSeconds) {

    public enum Kind {
        /** 429 with Retry-After. */
        THROTTLE,
        /** 500 with the API's error envelope. */
        SERVER_ERROR,
        /** Answers after {@code delay}. */
        SLOW,
        /** Carries the request out, then closes the connection without an answer. */
        DROP_AFTER_COMMIT,
        /** 200 with a body that is not JSON. */
        MALFORMED
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        delay = delay == null ? Duration.ZERO : delay;
    }

    public static Fault throttle(int times, int retryAfterSeconds) {
        return new Fault(Kind.THROTTLE, null, null, times, null, retryAfterSeconds);
    }

    public static Fault serverError(int times) {
        return new Fault(Kind.SERVER_ERROR, null, null, times, null, 0);
    }

    public static Fault slow(int times, Duration delay) {
        return new Fault(Kind.SLOW, null, null, times, delay, 0);
    }

    public static Fault dropAfterCommit(String method, String pathPart, int times) {
        return new Fault(Kind.DROP_AFTER_COMMIT, method, pathPart, times, null, 0);
    }

    public static Fault malformed(int times) {
        return new Fault(Kind.MALFORMED, null, null, times, null, 0);
    }

    /** The same fault only for requests with this method whose path contains {@code part}. */
    public Fault on(String onMethod, String part) {
        return new Fault(kind, onMethod, part, times, delay, retryAfterSeconds);
    }

    boolean matches(String requestMethod, String path) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathPart == null
                        || (pathPart.endsWith("$")
                                ? path.endsWith(pathPart.substring(0, pathPart.length() - 1))
                                : path.contains(pathPart)));
    }
}
