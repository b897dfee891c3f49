package org.borderledger.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What to measure: {@code events} in the store for the rebuild, appended {@code appendBatch} per
 * transaction while filling it.
 */
@ConfigurationProperties("benchmark")
record BenchmarkProperties(int events, int appendBatch) {

    BenchmarkProperties {
        if (events < 1_000) {
            throw new IllegalArgumentException("benchmark.events must be at least 1000, not " + events);
        }
        if (appendBatch < 1) {
            throw new IllegalArgumentException("benchmark.append-batch must be at least 1, not " + appendBatch);
        }
    }
}
