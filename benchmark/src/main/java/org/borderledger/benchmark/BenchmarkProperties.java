package org.borderledger.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to measure and how hard.
 *
 * @param events         events in the store (the append, rebuild and page measurements); each consignment's life is
 *                       8 events
 * @param appendBatch    events appended per transaction while filling the store
 * @param measurements   what to measure (any of screening, append, commands, rebuild, pages, sign-in-flood,
 *                       aggregate-load, export, instances); empty: all
 * @param clients        concurrent command senders
 * @param lifecycles     the whole lifecycles the command senders send between them
 * @param users          concurrent console users
 * @param requests       the requests each console user sends per page
 * @param pauseMs        how long a console user reads a page (0.5 to 1.5 times this, in milliseconds) before the next
 *                       request in the latency measurement
 * @param applicationJar the packaged application the console measurements start
 *                       (./mvnw -pl web-ui -am -DskipTests package)
 * @param applicationJvmOptions options for every started application's JVM, separated by spaces (a list would split
 *                       JFR's comma-separated settings), e.g. to record it with JFR or track its native memory
 * @param deniedParties  generated names in the denied-party list for the screening measurement
 * @param steadyRate     whole lifecycles started per second in the instances measurement's steady load
 * @param steadySeconds  how long that load lasts, with one instance and again with two
 * @param replayByProcessor the projection the rebuild measurement also lets replay by itself (its tokens reset),
 *                       as every rebuild went before one pass filled them; blank for none
 */
@ConfigurationProperties("benchmark")
record BenchmarkProperties(@DefaultValue("100000") int events, @DefaultValue("2000") int appendBatch,
                           Set<Measurement> measurements, @DefaultValue("8") int clients,
                           @DefaultValue("2000") int lifecycles, @DefaultValue("20") int users,
                           @DefaultValue("50") int requests, @DefaultValue("1000") int pauseMs,
                           @DefaultValue("web-ui/target/borderledger.jar") Path applicationJar,
                           @DefaultValue("") String applicationJvmOptions,
                           @DefaultValue("20000") int deniedParties, @DefaultValue("20") int steadyRate,
                           @DefaultValue("30") int steadySeconds,
                           @DefaultValue("consignment-summary") String replayByProcessor) {

    BenchmarkProperties {
        atLeast("events", events, 1_000);
        atLeast("append-batch", appendBatch, 1);
        atLeast("clients", clients, 1);
        atLeast("lifecycles", lifecycles, 10);
        atLeast("users", users, 1);
        atLeast("requests", requests, 10);
        atLeast("pause-ms", pauseMs, 0);
        atLeast("denied-parties", deniedParties, 1);
        atLeast("steady-rate", steadyRate, 1);
        atLeast("steady-seconds", steadySeconds, 5);
        measurements = measurements == null || measurements.isEmpty() ? Set.of(Measurement.values()) : Set.copyOf(measurements);
    }

    /** {@link #applicationJvmOptions} one by one. */
    List<String> applicationJvmOptionList() {
        return applicationJvmOptions.isBlank() ? List.of() : List.of(applicationJvmOptions.trim().split("\\s+"));
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
