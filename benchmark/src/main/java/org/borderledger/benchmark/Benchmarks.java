package org.borderledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the chosen measurements in this process on this database, each next to its baseline from the
 * same run, and prints one table. Ratios, not absolute figures, are what compares between runs on a
 * shared machine. The store is filled first (that fill is the append measurement); the console is
 * measured on the packaged application started on the filled store once this process's projections
 * have stood down; aggregate loads come last, with no projection running.
 */
@Component
class Benchmarks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Benchmarks.class);
    private static final int BASELINE_RUNS = 3;
    private static final String APPEND = "Event append, %d events in batches of %d (time in the database only)";
    private static final String REBUILD = "Projection rebuild over %d events";

    private final BenchmarkProperties properties;
    private final TemplateLifecycle template;
    private final StoreFiller filler;
    private final RawEventInsert rawInsert;
    private final RawEventRead rawRead;
    private final CommandThroughput commands;
    private final ProjectionRebuilds rebuilds;
    private final AggregateLoad aggregateLoad;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final CommandGateway gateway;

    Benchmarks(BenchmarkProperties properties, TemplateLifecycle template, StoreFiller filler, RawEventInsert rawInsert,
               RawEventRead rawRead, CommandThroughput commands, ProjectionRebuilds rebuilds, AggregateLoad aggregateLoad,
               JdbcTemplate jdbc, Environment environment, CommandGateway gateway) {
        this.properties = properties;
        this.template = template;
        this.filler = filler;
        this.rawInsert = rawInsert;
        this.rawRead = rawRead;
        this.commands = commands;
        this.rebuilds = rebuilds;
        this.aggregateLoad = aggregateLoad;
        this.jdbc = jdbc;
        this.environment = environment;
        this.gateway = gateway;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        ResultTable table = new ResultTable("BorderLedger benchmark: " + properties.measurements() + " on "
                + jdbc.queryForObject("SELECT version()", String.class).split(",")[0] + ", "
                + Runtime.getRuntime().availableProcessors() + " processors");
        if (properties.measures(Measurement.SCREENING)) {
            log.info("Screening against {} generated denied parties", properties.deniedParties());
            new ScreeningSpeed(properties.deniedParties()).measure(table);
        }
        List<? extends DomainEventMessage<?>> lifecycle = template.events();
        List<RawEventInsert.StoredRow> templateRows = rawInsert.storedRows(TemplateLifecycle.CONSIGNMENT_ID);
        long events = fill(table, lifecycle, templateRows);
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        log.info("Waiting for the projections to catch up with {} events", events);
        rebuilds.awaitCaughtUp(head);
        if (properties.measures(Measurement.COMMANDS)) {
            log.info("Driving {} lifecycles from {} clients", properties.lifecycles(), properties.clients());
            commands.measure(table, properties.clients(), properties.lifecycles(), templateRows);
            head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
            rebuilds.awaitCaughtUp(head);
        }
        if (properties.measures(Measurement.REBUILD)) {
            rebuild(table, head);
        }
        rebuilds.stopAll();
        if (properties.measures(Measurement.PAGES) || properties.measures(Measurement.SIGN_IN_FLOOD)) {
            // What autovacuum does on a production server for the tables just filled (it is off on some
            // test machines): planner statistics, without which the planner expects a handful of rows and
            // sorts every consignment of a post for each page of the list; and the visibility map, without
            // which the list's bounded count visits the table for every row its index already gave.
            jdbc.execute("VACUUM ANALYZE");
            log.info("Starting {} for {} users", properties.applicationJar(), properties.users());
            try (ApplicationProcess application = startApplication(List.of())) {
                log.info("Application started as process {}; waiting for its processors to catch up", application.pid());
                application.awaitProcessorsCaughtUp();
                int consignments = (int) ((events - lifecycle.size()) / lifecycle.size());
                if (properties.measures(Measurement.PAGES)) {
                    new PageLatency(application, properties.users(), properties.requests(), consignments,
                            Duration.ofMillis(properties.pauseMs())).measure(table);
                }
                if (properties.measures(Measurement.SIGN_IN_FLOOD)) {
                    log.info("An API client alone, then during {} wrong sign-ins a second", SignInFlood.GUESSES_PER_SECOND);
                    new SignInFlood(application, consignments).measure(table);
                }
            }
            // Long runs: what is measured so far survives a later failure or a time limit.
            System.out.println(table);
        }
        if (properties.measures(Measurement.INSTANCES)) {
            log.info("Projection lag under {} lifecycles/s with one instance, then two", properties.steadyRate());
            new InstanceSharing(gateway, jdbc, () -> startApplication(List.of()), properties.clients(),
                    properties.steadyRate(), Duration.ofSeconds(properties.steadySeconds())).measure(table);
            System.out.println(table);
        }
        if (properties.measures(Measurement.EXPORT)) {
            log.info("Starting {} with {} for the event log export", properties.applicationJar(), EventLogExport.JVM_OPTION);
            try (ApplicationProcess application = startApplication(List.of(EventLogExport.JVM_OPTION))) {
                application.awaitProcessorsCaughtUp();
                new EventLogExport(application).measure(table,
                        jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class));
            }
            System.out.println(table);
        }
        if (properties.measures(Measurement.AGGREGATE_LOAD)) {
            log.info("Loading consignments of 10, 1,000 and 10,000 events");
            aggregateLoad.measure(table);
        }
        System.out.println(table);
    }

    /** The packaged application on this run's database, with the measurement's options for its JVM after the run's. */
    private ApplicationProcess startApplication(List<String> jvmOptions) {
        List<String> options = new ArrayList<>(properties.applicationJvmOptionList());
        options.addAll(jvmOptions);
        return ApplicationProcess.start(properties.applicationJar(), environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"),
                options);
    }

    /** Fills the store; with the append measurement, first times raw inserts of as many rows of the same shape. */
    private long fill(ResultTable table, List<? extends DomainEventMessage<?>> lifecycle,
                      List<RawEventInsert.StoredRow> templateRows) {
        // Projections following the store would take CPU from the appends and none from the raw inserts.
        rebuilds.stopAll();
        Duration raw = null;
        if (properties.measures(Measurement.APPEND)) {
            log.info("Raw inserts of {} rows", properties.events());
            rawInsert.createTable();
            raw = rawInsert.insertCopies(templateRows, properties.events(), properties.appendBatch());
            rawInsert.dropTable();
        }
        log.info("Filling the store with {} events ({} per consignment)", properties.events(), lifecycle.size());
        Duration appended = filler.fill(lifecycle, properties.events(), properties.appendBatch());
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        log.info("Stored {} events in {} s", events, String.format("%.1f", appended.toMillis() / 1000.0));
        // The projections catch up with the filled store as a fresh instance's would, in one pass.
        rebuilds.fill(rebuilds.projections(), jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class));
        if (raw != null) {
            String section = String.format(APPEND, properties.events(), properties.appendBatch());
            long copied = events - lifecycle.size();
            double rawRate = copied / CommandThroughput.seconds(raw);
            table.baseline(section, "raw batched JDBC inserts into a table like domainevententry", rawRate, "events/s");
            table.add(section, "appends through the Axon event store (hash-chained)", copied / CommandThroughput.seconds(appended),
                    "events/s", rawRate);
        }
        return events;
    }

    /**
     * Each rebuild's ratio is to a raw read made just before it: on a shared machine the raw read's own
     * speed moved by a factor of 2 to 4 within one run, so a single baseline would measure the machine.
     */
    private void rebuild(ResultTable table, long head) {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        String section = String.format(REBUILD, events);
        table.baseline(section, "raw sequential read of the event table (the first pair's)", rawReadRate(events), "events/s");
        List<String> projections = rebuilds.projections();
        Map<String, Supplier<Duration>> passes = new LinkedHashMap<>();
        passes.put("one pass filling every projection (a fresh instance's start)", () -> rebuilds.fill(projections, head));
        projections.forEach(projection -> passes.put("rebuild " + projection, () -> rebuilds.fill(List.of(projection), head)));
        // The way every rebuild went before, and what a processor still does when no pass filled it.
        String byItself = properties.replayByProcessor();
        if (!byItself.isBlank()) {
            passes.put(byItself + " replaying by itself (its tokens reset)", () -> rebuilds.replayByProcessor(byItself, head));
        }
        passes.forEach((name, pass) -> {
            double raw = rawReadRate(events);
            log.info("{} (raw read just before: {} events/s)", name, Math.round(raw));
            table.add(section, name, events / CommandThroughput.seconds(pass.get()), "events/s", raw);
        });
    }

    private double rawReadRate(long events) {
        return events / CommandThroughput.seconds(fastestRawRead(events));
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
        log.info("Raw reads of {} events: {}", expected, runs.stream().map(run -> run.toMillis() + " ms").toList());
        return runs.stream().min(Duration::compareTo).orElseThrow();
    }
}
