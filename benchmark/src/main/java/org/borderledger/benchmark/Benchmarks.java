package org.borderledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the store, then measures each projection's rebuild rate next to the raw read of the same
 * events, in this process on this database, and prints the table. Ratios, not absolute rates, are
 * what compares between runs on a shared machine.
 */
@Component
class Benchmarks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Benchmarks.class);
    private static final int BASELINE_RUNS = 3;

    private final BenchmarkProperties properties;
    private final TemplateLifecycle template;
    private final StoreFiller filler;
    private final RawEventRead rawRead;
    private final ProjectionRebuilds rebuilds;
    private final JdbcTemplate jdbc;

    Benchmarks(BenchmarkProperties properties, TemplateLifecycle template, StoreFiller filler, RawEventRead rawRead,
               ProjectionRebuilds rebuilds, JdbcTemplate jdbc) {
        this.properties = properties;
        this.template = template;
        this.filler = filler;
        this.rawRead = rawRead;
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<? extends DomainEventMessage<?>> lifecycle = template.events();
        log.info("Filling the store with {} events ({} per consignment)", properties.events(), lifecycle.size());
        long fillStart = System.nanoTime();
        filler.fill(lifecycle, properties.events(), properties.appendBatch());
        Duration fill = Duration.ofNanos(System.nanoTime() - fillStart);
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        log.info("Stored {} events in {} s; waiting for the projections to catch up", events, seconds(fill));
        rebuilds.awaitCaughtUp(head);

        ResultTable table = new ResultTable("Projection rebuild over " + events + " events ("
                + jdbc.queryForObject("SELECT version()", String.class).split(",")[0] + ")");
        Duration baseline = fastestRawRead(events);
        table.baseline("raw sequential read of the event table", events, baseline);
        for (String projection : rebuilds.projections()) {
            log.info("Rebuilding {}", projection);
            table.measured("rebuild " + projection, events, rebuilds.rebuild(projection, head));
        }
        table.measured("raw sequential read, again (drift check)", events, fastestRawRead(events));
        System.out.println(table);
    }

    /** The fastest of a few reads: the first warms the JIT and the database's cache. */
    private Duration fastestRawRead(long expected) {
        List<Duration> runs = new ArrayList<>();
        for (int run = 0; run < BASELINE_RUNS; run++) {
            long start = System.nanoTime();
            long read = rawRead.readAll();
            runs.add(Duration.ofNanos(System.nanoTime() - start));
            if (read != expected) {
                throw new IllegalStateException("The raw read saw " + read + " events, the store holds " + expected);
            }
        }
        return runs.stream().min(Duration::compareTo).orElseThrow();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f", duration.toMillis() / 1000.0);
    }
}
