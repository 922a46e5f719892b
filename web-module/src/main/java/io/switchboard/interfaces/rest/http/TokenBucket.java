package io.switchboard.interfaces.rest.http;

/** Tokens refill continuously up to a capacity; a request takes one, or learns how long until one is there. */
final class TokenBucket {

    private double tokens;
    private long updatedNanos;

    TokenBucket(double tokens, long nowNanos) {
        this.tokens = tokens;
        this.updatedNanos = nowNanos;
    }

    /** 0 when a token was taken, otherwise the milliseconds until one will be there. */
    synchronized long take(double perSecond, double capacity, long nowNanos) {
        tokens = Math.min(capacity, tokens + Math.max(0, nowNanos - updatedNanos) / 1e9 * perSecond);
        updatedNanos = Math.max(updatedNanos, nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perSecond * 1000);
    }
}
