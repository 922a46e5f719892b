package io.switchboard.interfaces.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketLetsABurstThroughThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 0);
        assertEquals(0, bucket.take(2, 3, 0));
        assertEquals(0, bucket.take(2, 3, 0));
        assertEquals(0, bucket.take(2, 3, 0));
        assertEquals(500, bucket.take(2, 3, 0), "at 2 a second the next token comes in 500 ms");
    }

    @Test
    void tokensRefillWithTimeButNeverBeyondTheCapacity() {
        TokenBucket bucket = new TokenBucket(1, 0);
        assertEquals(0, bucket.take(10, 5, 0));
        assertEquals(0, bucket.take(10, 5, SECOND / 10), "one token after 100 ms at 10 a second");
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.take(10, 5, 100 * SECOND), "an hour idle fills it to the capacity of 5");
        }
        assertEquals(100, bucket.take(10, 5, 100 * SECOND));
    }

    @Test
    void aClockThatStepsBackDoesNotMintTokens() {
        TokenBucket bucket = new TokenBucket(1, 10 * SECOND);
        assertEquals(0, bucket.take(1, 1, 10 * SECOND));
        assertEquals(1000, bucket.take(1, 1, 5 * SECOND));
    }
}
