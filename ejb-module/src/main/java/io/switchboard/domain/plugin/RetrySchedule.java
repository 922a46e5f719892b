package io.switchboard.domain.plugin;

import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a notifier is retried: exponential backoff from {@code baseSeconds},
 * capped at {@code maxSeconds}, with full jitter (a random delay between zero and the capped
 * exponential) so that a receiver coming back is not hit by every retry at once.
 */
public record RetrySchedule(int maxAttempts, int baseSeconds, int maxSeconds) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(8, 10, 3600);

    public RetrySchedule {
        List<FieldError> errors = new ArrayList<>();
        if (maxAttempts < 1 || maxAttempts > 50) {
            errors.add(new FieldError("retry.maxAttempts", "must be between 1 and 50"));
        }
        if (baseSeconds < 1 || baseSeconds > 86_400) {
            errors.add(new FieldError("retry.baseSeconds", "must be between 1 and 86400"));
        }
        if (maxSeconds < baseSeconds || maxSeconds > 7 * 86_400) {
            errors.add(new FieldError("retry.maxSeconds", "must be at least baseSeconds and at most 604800 (a week)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The wait before attempt {@code failedAttempts + 1}, after {@code failedAttempts} failures (counting from 1). */
    public Duration delayAfter(int failedAttempts, RandomGenerator random) {
        long exponential = (long) baseSeconds << Math.min(Math.max(failedAttempts - 1, 0), 30);
        long cap = Math.min(exponential, maxSeconds);
        return Duration.ofMillis(random.nextLong(cap * 1000 + 1));
    }

    public boolean exhaustedAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
