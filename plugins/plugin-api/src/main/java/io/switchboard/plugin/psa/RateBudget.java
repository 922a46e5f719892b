package io.switchboard.plugin.psa;

import java.time.Instant;

/**
 * What the PSA still allows: {@code remaining} of {@code limit} requests until
 * {@code resetsAt} (null when unknown), and at most {@code maxConcurrent} calls at once (0 when
 * unlimited). Autotask reports it (10,000 an hour, 3 threads per endpoint); ConnectWise only
 * says so by answering 429.
 *
 * @since 1.1
 */
public record RateBudget(long remaining, long limit, Instant resetsAt, int maxConcurrent) {}
