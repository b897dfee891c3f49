package org.borderledger.benchmark;

import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What to measure and how hard: {@code events} in the store (appended {@code appendBatch} per
 * transaction), {@code lifecycles} driven by {@code clients} concurrent command senders,
 * {@code users} concurrent console users sending {@code requests} requests each per page, pausing
 * about {@code pauseMs} after each answer in the latency measurement, the
 * application jar they are sent to, and {@code deniedParties} generated names for screening.
 */
@ConfigurationProperties("benchmark")
record BenchmarkProperties(int events, int appendBatch, Set<Measurement> measurements, int clients, int lifecycles,
                           int users, int requests, int pauseMs, Path applicationJar, int deniedParties) {

    BenchmarkProperties {
        atLeast("events", events, 1_000);
        atLeast("append-batch", appendBatch, 1);
        atLeast("clients", clients, 1);
        atLeast("lifecycles", lifecycles, 10);
        atLeast("users", users, 1);
        atLeast("requests", requests, 10);
        atLeast("pause-ms", pauseMs, 0);
        atLeast("denied-parties", deniedParties, 1);
        measurements = measurements == null || measurements.isEmpty() ? Set.of(Measurement.values()) : Set.copyOf(measurements);
    }

    boolean measures(Measurement measurement) {
        return measurements.contains(measurement);
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException("benchmark." + name + " must be at least " + least + ", not " + value);
        }
    }
}
