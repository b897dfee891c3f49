package org.borderledger.benchmark;

import java.util.List;
import org.borderledger.benchmark.ConsoleLoad.Page;

/**
 * Console and API response times with the filled store, under concurrent users, next to the
 * application's health endpoint under the same load; and the application's memory after start and
 * after the load.
 */
final class PageLatency {

    private static final String SECTION = "Console and API response times, %d concurrent users, %,d requests per page";
    private static final String MEMORY = "Memory of the application process (after a full GC)";
    private static final double MB = 1024 * 1024;

    private final ApplicationProcess application;
    private final int users;
    private final int requests;
    private final int consignments;

    PageLatency(ApplicationProcess application, int users, int requests, int consignments) {
        this.application = application;
        this.users = users;
        this.requests = requests;
        this.consignments = consignments;
    }

    void measure(ResultTable table) {
        long heapAtStart = application.heapAfterFullGcBytes();
        long residentAtStart = application.residentBytes();
        ConsoleLoad load = new ConsoleLoad(application.base(), users, requests);
        String section = String.format(SECTION, users, users * requests);
        Latencies health = load.measure(new Page("health", null, false, n -> "/actuator/health"));
        table.baseline(section, "p50 /actuator/health", health.percentileMillis(50), "ms");
        table.baseline(section, "p99 /actuator/health", health.percentileMillis(99), "ms");
        for (Page page : pages()) {
            Latencies latencies = load.measure(page);
            table.add(section, "p50 " + page.name(), latencies.percentileMillis(50), "ms", health.percentileMillis(50));
            table.add(section, "p99 " + page.name(), latencies.percentileMillis(99), "ms", health.percentileMillis(99));
        }
        table.baseline(MEMORY, "heap used after start (store filled, no request yet)", heapAtStart / MB, "MB");
        table.add(MEMORY, "heap used after the load", application.heapAfterFullGcBytes() / MB, "MB", heapAtStart / MB);
        table.baseline(MEMORY, "resident size after start", residentAtStart / MB, "MB");
        table.add(MEMORY, "resident size after the load", application.residentBytes() / MB, "MB", residentAtStart / MB);
    }

    /** The list in the ways officers use it, and distinct consignments for the detail and history pages. */
    private List<Page> pages() {
        String[] lists = {"/consignments", "/consignments?page=3", "/consignments?reference=BENCH-00012",
            "/consignments?party=Romashka", "/consignments?hs=8471", "/consignments?status=RELEASED&sort=declared_at&dir=asc"};
        return List.of(
                new Page("console list /consignments (filters, search, paging)", "o.aliyev", false, n -> lists[n % lists.length]),
                new Page("console detail /consignments/{id}", "o.aliyev", false, n -> "/consignments/" + id(n)),
                new Page("console history /audit/consignments/{id}", "a.seitkali", false, n -> "/audit/consignments/" + id(n)),
                new Page("API GET /api/consignments/{id} (HTTP Basic)", "o.aliyev", true, n -> "/api/consignments/" + id(n)),
                new Page("API GET /api/consignments/{id}/timeline (HTTP Basic)", "o.aliyev", true,
                        n -> "/api/consignments/" + id(n) + "/timeline"));
    }

    private String id(int n) {
        return String.format("CN-BENCH-%07d", n % consignments);
    }
}
