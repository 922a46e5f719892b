package io.switchboard.bench;

import java.util.Arrays;

/** Recorded latencies of one scenario and what they add up to. */
final class Latencies {

    private long[] micros = new long[1 << 16];
    private int size;
    private int errors;

    synchronized void record(long nanos, boolean ok) {
        if (!ok) {
            errors++;
            return;
        }
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = nanos / 1000;
    }

    synchronized void merge(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            record(other.micros[i] * 1000, true);
        }
        errors += other.errors;
    }

    synchronized String summary(String name, double seconds) {
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        return String.format(
                "| %s | %d | %.0f/s | %.1f ms | %.1f ms | %.1f ms | %d |",
                name,
                size,
                size / seconds,
                percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0,
                errors);
    }

    static String header() {
        return "| scenario | requests | throughput | p50 | p99 | max | errors |\n|---|---|---|---|---|---|---|";
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
