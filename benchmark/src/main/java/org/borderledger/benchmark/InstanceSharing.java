package org.borderledger.benchmark;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projections' lag under a steady command load, with one application instance and then with a
 * second on the same database, and how the two share the segments. This process sends the commands
 * (its own processors stand down), so both instances learn of the events alike, by polling the store.
 * The lag of a moment is how long until every projection's token has passed the highest event stored
 * then: a token commits with its batch's rows, so that is when the projections show it.
 */
final class InstanceSharing {

    private static final Logger log = LoggerFactory.getLogger(InstanceSharing.class);
    private static final String SECTION = "Instances sharing the projections: lag under %d lifecycles/s (%d events/s) for %d s";
    private static final Duration SAMPLE = Duration.ofMillis(50);
    private static final Duration SPLIT_LIMIT = Duration.ofSeconds(60);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(2);
    private static final int EVENTS_PER_LIFECYCLE = 8;
    /** The highest event every segment of every projection has passed (Jackson's GapAwareTrackingToken). */
    private static final String PROJECTED = "SELECT min((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint) "
            + "FROM tokenentry WHERE processorname <> 'screening-rescreen'";

    private record Lag(Latencies delays, double meanEventsBehind, int lifecycles) {
    }

    private final CommandGateway gateway;
    private final JdbcTemplate jdbc;
    private final Supplier<ApplicationProcess> instances;
    private final int clients;
    private final int lifecyclesPerSecond;
    private final Duration load;

    InstanceSharing(CommandGateway gateway, JdbcTemplate jdbc, Supplier<ApplicationProcess> instances, int clients,
                    int lifecyclesPerSecond, Duration load) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.instances = instances;
        this.clients = clients;
        this.lifecyclesPerSecond = lifecyclesPerSecond;
        this.load = load;
    }

    void measure(ResultTable table) {
        String section = String.format(SECTION, lifecyclesPerSecond, lifecyclesPerSecond * EVENTS_PER_LIFECYCLE, load.toSeconds());
        try (ApplicationProcess first = instances.get()) {
            first.awaitProcessorsCaughtUp();
            log.info("One instance: steady load for {} s", load.toSeconds());
            Lag alone = drive("ONE-%07d");
            try (ApplicationProcess second = instances.get()) {
                long startedAt = System.nanoTime();
                Map<String, Long> held = awaitSplit(first, second);
                long splitMillis = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
                log.info("The projections' segments split {} ms after the second instance was ready: {}", splitMillis, held);
                log.info("Two instances: steady load for {} s", load.toSeconds());
                Lag shared = drive("TWO-%07d");

                int segments = held.values().stream().mapToInt(Long::intValue).sum();
                table.baseline(section, "an even half of the projections' " + segments + " segments", segments / 2.0, "segments");
                table.add(section, "segments held by the first instance", heldBy(held, first), "segments", segments / 2.0);
                table.add(section, "segments held by the second instance", heldBy(held, second), "segments", segments / 2.0);
                table.baseline(section, "lag p50, one instance (" + alone.lifecycles() + " lifecycles)",
                        alone.delays().percentileMillis(50), "ms");
                table.add(section, "lag p50, two instances (" + shared.lifecycles() + " lifecycles)",
                        shared.delays().percentileMillis(50), "ms", alone.delays().percentileMillis(50));
                table.add(section, "lag p95, two instances vs one", shared.delays().percentileMillis(95), "ms",
                        alone.delays().percentileMillis(95));
                table.add(section, "lag max, two instances vs one", shared.delays().percentileMillis(100), "ms",
                        alone.delays().percentileMillis(100));
                table.add(section, "events behind, mean, two instances vs one", shared.meanEventsBehind(), "events",
                        alone.meanEventsBehind());
            }
        }
    }

    /**
     * Waits until each instance holds at least half (rounded down) of every projection's segments;
     * answers how many segments of the projections each owner holds then.
     */
    private Map<String, Long> awaitSplit(ApplicationProcess first, ApplicationProcess second) {
        long deadline = System.nanoTime() + SPLIT_LIMIT.toNanos();
        while (true) {
            Map<String, List<String>> owners = jdbc.queryForList(
                    "SELECT processorname, owner FROM tokenentry WHERE processorname <> 'screening-rescreen'").stream()
                    .collect(Collectors.groupingBy(row -> (String) row.get("processorname"),
                            Collectors.mapping(row -> (String) row.get("owner"), Collectors.toList())));
            boolean split = owners.values().stream().allMatch(segments ->
                    segments.stream().filter(owner -> owns(first, owner)).count() >= segments.size() / 2
                            && segments.stream().filter(owner -> owns(second, owner)).count() >= segments.size() / 2);
            if (split) {
                return owners.values().stream().flatMap(List::stream).filter(owner -> owner != null)
                        .collect(Collectors.groupingBy(owner -> owner, Collectors.counting()));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The projections' segments were not split within " + SPLIT_LIMIT + ": " + owners);
            }
            Clients.pause(SAMPLE);
        }
    }

    /** Lifecycles started at a steady rate for the load's duration, the lag sampled meanwhile and until it is over. */
    private Lag drive(String idPattern) {
        Latencies delays = new Latencies();
        Deque<long[]> waiting = new ArrayDeque<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        pace.scheduleAtFixedRate(() -> {
            int n = started.getAndIncrement();
            senders.execute(() -> {
                String reference = String.format(idPattern, n);
                try {
                    for (CommandMessage<?> command : TemplateLifecycle.commands("CN-" + reference, reference)) {
                        gateway.sendAndWait(command);
                    }
                } catch (RuntimeException e) {
                    if (failed.getAndIncrement() == 0) {
                        log.warn("A lifecycle failed: {}", e.toString());
                    }
                }
            });
        }, 0, 1_000_000 / lifecyclesPerSecond, TimeUnit.MICROSECONDS);
        long end = System.nanoTime() + load.toNanos();
        long limit = end + CATCH_UP_LIMIT.toNanos();
        long behindSum = 0;
        int samples = 0;
        try {
            while (System.nanoTime() < end || !waiting.isEmpty()) {
                if (System.nanoTime() > limit) {
                    throw new IllegalStateException("The projections did not catch up within " + CATCH_UP_LIMIT + " of the load's end");
                }
                if (System.nanoTime() >= end && !pace.isShutdown()) {
                    pace.shutdown();
                }
                long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
                long now = System.nanoTime();
                if (now < end) {
                    waiting.add(new long[] {now, head});
                }
                long projected = jdbc.queryForObject(PROJECTED, Long.class);
                behindSum += Math.max(0, head - projected);
                samples++;
                while (!waiting.isEmpty() && waiting.peek()[1] <= projected) {
                    delays.add(System.nanoTime() - waiting.poll()[0]);
                }
                Clients.pause(SAMPLE);
            }
        } finally {
            pace.shutdownNow();
            senders.shutdown();
        }
        try {
            if (!senders.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The command senders did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the senders finished", e);
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + started.get() + " lifecycles failed");
        }
        return new Lag(delays, (double) behindSum / samples, started.get());
    }

    private static long heldBy(Map<String, Long> held, ApplicationProcess instance) {
        return held.entrySet().stream().filter(entry -> owns(instance, entry.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** Axon's JDBC token store names an owner by the JVM's runtime name, {@code pid@host}. */
    private static boolean owns(ApplicationProcess instance, String owner) {
        return owner != null && owner.startsWith(instance.pid() + "@");
    }
}
