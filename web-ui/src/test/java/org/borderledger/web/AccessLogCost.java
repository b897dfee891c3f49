package org.borderledger.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.BorderLedgerApplication;
import org.borderledger.access.api.AccessAction;
import org.borderledger.access.api.AccessEntry;
import org.borderledger.access.api.AccessLog;
import org.borderledger.consignment.api.Declarations;
import org.borderledger.consignment.api.DeclareConsignmentCommand;
import org.borderledger.support.Commands;
import org.borderledger.support.FreshConsoleDatabase;
import org.borderledger.support.InstanceClient;
import org.borderledger.support.Lifecycles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What recording the access log costs a page: the application on a fresh database of the tests'
 * PostgreSQL, one officer signed in over real HTTP, the consignment page (a VIEW) and a filtered list
 * (a SEARCH) requested in alternating rounds with recording off and on, so that both modes meet the
 * same warm JVM and database. Prints the median and 95th percentile of each, and what the writer did.
 * Not a test (not run by {@code verify}); run it with
 * <pre>
 * ./mvnw -q -pl web-ui -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * cd web-ui &amp;&amp; java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.borderledger.access.AccessLogCost
 * </pre>
 * or from an IDE. Arguments: requests per round and mode (default 300), rounds (default 6).
 */
public final class AccessLogCost {

    private AccessLogCost() {
    }

    /**
     * The application's access log, or nothing, as the measurement asks. A source of the application
     * here only: it carries no {@code @Configuration}, so the tests' component scan leaves it alone.
     */
    static class Switchable {
        static volatile boolean recording;

        @Bean
        @Primary
        AccessLog switchableAccessLog(@Qualifier("accessLogWriter") AccessLog writer) {
            return entry -> {
                if (recording) {
                    writer.record(entry);
                }
            };
        }
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BorderLedgerApplication.class, Switchable.class)
                .initializers(new FreshConsoleDatabase())
                // Arguments, not defaults: the application's own configuration would override defaults.
                .run("--server.port=0", "--logging.level.root=WARN",
                        // Plain HTTP here; a Secure session cookie would never come back.
                        "--server.servlet.session.cookie.secure=false");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String id = "CN-COST-1";
            new Commands(context.getBean(CommandGateway.class))
                    .send(new DeclareConsignmentCommand(id, Declarations.withReference("EX-COST-1")), Lifecycles.OFFICER);
            InstanceClient officer = InstanceClient.onPort(port).signIn("o.aliyev");
            List<String> pages = List.of("/consignments/" + id, "/consignments?party=Ural&hs=94");

            Switchable.recording = true;
            measure(officer, pages, perRound);
            Switchable.recording = false;
            measure(officer, pages, perRound);

            List<Long> off = new ArrayList<>();
            List<Long> on = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Switchable.recording = round % 2 == 1;
                (Switchable.recording ? on : off).addAll(measure(officer, pages, perRound));
                Switchable.recording = round % 2 == 0;
                (Switchable.recording ? on : off).addAll(measure(officer, pages, perRound));
            }
            AccessLog writer = context.getBean("accessLogWriter", AccessLog.class);
            System.out.printf(Locale.ROOT, "%n%-22s %8s %10s %10s%n", "page requests", "count", "median ms", "p95 ms");
            print("recording off", off);
            print("recording on", on);
            System.out.printf(Locale.ROOT, "record() alone: %.2f microseconds a call%n", recordCost(writer));
            // What the writer did, as operators see it: its meters, and the rows in the table.
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            System.out.printf(Locale.ROOT, "access log: %.0f entries recorded, %.0f failures, %d rows stored%n",
                    meters.get(AccessLog.RECORDED).counter().count(),
                    meters.find(AccessLog.FAILURES).counters().stream().mapToDouble(Counter::count).sum(),
                    context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM access_log", Long.class));
        } finally {
            context.close();
        }
    }

    /** Requests each page in turn, {@code count} requests in all; answers each one's latency in nanoseconds. */
    private static List<Long> measure(InstanceClient client, List<String> pages, int count) throws Exception {
        List<Long> latencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String page = pages.get(i % pages.size());
            long started = System.nanoTime();
            int status = client.get(page).status();
            latencies.add(System.nanoTime() - started);
            if (status != 200) {
                throw new IllegalStateException(page + " answered " + status);
            }
        }
        return latencies;
    }

    /** The cost on the caller's thread of queueing one entry, in microseconds (writer running, database behind it). */
    private static double recordCost(AccessLog log) {
        int calls = 5_000;
        AccessEntry entry = new AccessEntry(Instant.now(), Lifecycles.OFFICER, AccessAction.VIEW, "CN-COST-1", null, null,
                "/consignments/CN-COST-1", null);
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            log.record(entry);
        }
        return (System.nanoTime() - started) / 1_000.0 / calls;
    }

    private static void print(String mode, List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-22s %8d %10.2f %10.2f%n", mode, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6);
    }
}
