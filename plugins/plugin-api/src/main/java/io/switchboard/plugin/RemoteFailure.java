package io.switchboard.plugin;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed failure a plugin throws instead of a bare exception, so that the host can decide what
 * to do: wait for a throttle to lift without using up an attempt, retry with backoff, or send
 * the work to the dead letters for an admin. Only {@link Kind#TRANSIENT} counts against the
 * instance's circuit breaker; a throttled answer never trips it.
 *
 * <p>The message goes into delivery and sync logs: never put secrets or message bodies in it.
 *
 * @since 1.1
 */
public final class RemoteFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong on the other side, as far as the plugin can tell. */
    public enum Kind {
        /** Rate limited (HTTP 429, a quota): try again after {@link #retryAfter()}, without using up an attempt. */
        THROTTLED,
        /** The credentials were refused (HTTP 401): retrying cannot help until an admin fixes them. */
        UNAUTHORIZED,
        /** The credentials are fine but lack a permission (HTTP 403). */
        FORBIDDEN,
        /** The remote object does not exist (HTTP 404). */
        NOT_FOUND,
        /** The remote side refused the request as invalid (HTTP 400, 422): retrying the same request cannot help. */
        INVALID,
        /** The remote object changed meanwhile (HTTP 409, 412). */
        CONFLICT,
        /** A failure that may pass: a timeout, a dropped connection, HTTP 5xx. */
        TRANSIENT
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final List<ConfigProblem> fieldErrors;

    public RemoteFailure(
            Kind kind, String message, Duration retryAfter, List<ConfigProblem> fieldErrors, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter == null || retryAfter.isNegative() ? null : retryAfter;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public RemoteFailure(Kind kind, String message) {
        this(kind, message, null, List.of(), null);
    }

    public static RemoteFailure throttled(String message, Duration retryAfter) {
        return new RemoteFailure(Kind.THROTTLED, message, retryAfter, List.of(), null);
    }

    public static RemoteFailure transientFailure(String message, Throwable cause) {
        return new RemoteFailure(Kind.TRANSIENT, message, null, List.of(), cause);
    }

    public static RemoteFailure invalid(String message, List<ConfigProblem> fieldErrors) {
        return new RemoteFailure(Kind.INVALID, message, null, fieldErrors, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the remote side asked us to wait (a Retry-After header), when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The fields the remote side refused, when it said which (an INVALID answer). */
    public List<ConfigProblem> fieldErrors() {
        return fieldErrors;
    }
}
