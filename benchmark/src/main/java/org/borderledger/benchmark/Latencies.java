package org.borderledger.benchmark;

import java.util.Arrays;

/** Latencies of one measurement, collected from several threads; exact percentiles by sorting. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    /** The latency in milliseconds below which {@code percent} of the samples lie (nearest rank). */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("No latency recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    synchronized int count() {
        return count;
    }
}
