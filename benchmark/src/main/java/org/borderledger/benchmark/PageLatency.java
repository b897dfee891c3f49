package org.borderledger.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.borderledger.benchmark.ConsoleLoad.Page;

/**
 * Console and API response times with the filled store, under concurrent users, next to the
 * application's health endpoint under the same load: first users who read each page for a while
 * before the next, as officers at a post do (the latencies they see), then the same users without a
 * pause (the most requests the application answers per second). And the application's memory after
 * start and after the load.
 */
final class PageLatency {

    private static final String LATENCY = "Console and API response times, %d concurrent users reading each page %.1f-%.1f s, %,d requests per page";
    private static final String CAPACITY = "Console and API capacity, %d concurrent users without a pause, %,d requests per page";
    private static final String MEMORY = "Memory of the application process (after a full GC)";
    private static final double MB = 1024 * 1024;

    private final ApplicationProcess application;
    private final int users;
    private final int requests;
    private final int consignments;
    private final Duration pause;

    PageLatency(ApplicationProcess application, int users, int requests, int consignments, Duration pause) {
        this.application = application;
        this.users = users;
        this.requests = requests;
        this.consignments = consignments;
        this.pause = pause;
    }

    void measure(ResultTable table) {
        long heapAtStart = application.heapAfterFullGcBytes();
        long residentAtStart = application.residentBytes();
        ConsoleLoad load = new ConsoleLoad(application.base(), users, requests, application::processorNanos);
        Page healthPage = new Page("health", null, false, n -> "/actuator/health", false);
        String latency = String.format(Locale.ROOT, LATENCY, users, pause.toMillis() / 2000.0, pause.toMillis() * 1.5 / 1000,
                users * requests);
        Latencies health = load.measure(healthPage, pause).latencies();
        table.baseline(latency, "p50 /actuator/health", health.percentileMillis(50), "ms");
        table.baseline(latency, "p99 /actuator/health", health.percentileMillis(99), "ms");
        for (Page page : pages()) {
            ConsoleLoad.Load pageLoad = load.measure(page, pause);
            table.add(latency, "p50 " + page.name(), pageLoad.latencies().percentileMillis(50), "ms", health.percentileMillis(50));
            table.add(latency, "p99 " + page.name(), pageLoad.latencies().percentileMillis(99), "ms", health.percentileMillis(99));
            pageLoad.byPath().forEach((path, latencies) -> {
                table.add(latency, "  p50 " + path, latencies.percentileMillis(50), "ms", health.percentileMillis(50));
                table.add(latency, "  p99 " + path, latencies.percentileMillis(99), "ms", health.percentileMillis(99));
            });
        }
        String capacity = String.format(Locale.ROOT, CAPACITY, users, users * requests);
        ConsoleLoad.Load healthCapacity = load.measure(healthPage, Duration.ZERO);
        table.baseline(capacity, "requests/s /actuator/health", healthCapacity.requestsPerSecond(), "requests/s");
        table.baseline(capacity, "processor time per request /actuator/health", healthCapacity.processorMillisPerRequest(), "ms");
        for (Page page : pages()) {
            ConsoleLoad.Load pageCapacity = load.measure(page, Duration.ZERO);
            table.add(capacity, "requests/s " + page.name(), pageCapacity.requestsPerSecond(), "requests/s",
                    healthCapacity.requestsPerSecond());
            table.add(capacity, "processor time per request " + page.name(), pageCapacity.processorMillisPerRequest(), "ms",
                    healthCapacity.processorMillisPerRequest());
            table.add(capacity, "p99 " + page.name() + " vs health p99", pageCapacity.latencies().percentileMillis(99), "ms",
                    healthCapacity.latencies().percentileMillis(99));
            pageCapacity.byPath().forEach((path, latencies) -> table.add(capacity, "  p99 " + path,
                    latencies.percentileMillis(99), "ms", healthCapacity.latencies().percentileMillis(99)));
        }
        table.baseline(MEMORY, "heap used after start (store filled, no request yet)", heapAtStart / MB, "MB");
        table.add(MEMORY, "heap used after the load", application.heapAfterFullGcBytes() / MB, "MB", heapAtStart / MB);
        table.baseline(MEMORY, "resident size after start", residentAtStart / MB, "MB");
        table.add(MEMORY, "resident size after the load", application.residentBytes() / MB, "MB", residentAtStart / MB);
    }

    /** The list in the ways officers use it, and distinct consignments for the detail and history pages. */
    private List<Page> pages() {
        String[] lists = {"/consignments", "/consignments?page=3", "/consignments?reference=BENCH-00012",
            "/consignments?party=Altyn", "/consignments?hs=8482", "/consignments?status=HELD",
            "/consignments?status=RELEASED&sort=declared_at&dir=asc"};
        return List.of(
                new Page("console list /consignments (filters, search, paging), then each", "o.aliyev", false,
                        n -> lists[n % lists.length], true),
                new Page("console detail /consignments/{id}", "o.aliyev", false, n -> "/consignments/" + id(n), false),
                new Page("console history /audit/consignments/{id}", "a.seitkali", false, n -> "/audit/consignments/" + id(n), false),
                new Page("API GET /api/consignments/{id} (HTTP Basic)", "o.aliyev", true, n -> "/api/consignments/" + id(n), false),
                new Page("API GET /api/consignments/{id}/timeline (HTTP Basic)", "o.aliyev", true,
                        n -> "/api/consignments/" + id(n) + "/timeline", false));
    }

    private String id(int n) {
        return String.format("CN-BENCH-%07d", n % consignments);
    }
}
