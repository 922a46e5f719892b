package io.switchboard.emulator;

/** An answer other than success, thrown from deep inside a handler: its status and the API's own error body. */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object body;
    private final long retryAfterSeconds;

    public ApiError(int status, Object body) {
        this(status, body, -1);
    }

    private ApiError(int status, Object body, long retryAfterSeconds) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.body = body;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The same answer with a Retry-After header. */
    public ApiError retryAfter(long seconds) {
        return new ApiError(status, body, seconds);
    }

    /** The Retry-After to send, -1 for none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }
}
