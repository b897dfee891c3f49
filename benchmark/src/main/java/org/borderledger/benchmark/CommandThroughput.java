package org.borderledger.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.borderledger.benchmark.RawEventInsert.StoredRow;
import org.springframework.stereotype.Component;

/**
 * Whole lifecycles (declaration with screening, hold lifted, inspection, finding, release: six
 * commands, eight events) sent through the command gateway by concurrent clients, against the same
 * clients inserting the same rows with plain JDBC, one transaction per command: the database's
 * limit for this write pattern, without loading the aggregate, deciding or hashing.
 */
@Component
class CommandThroughput {

    private static final String SECTION = "Command throughput: full lifecycles (6 commands, 8 events each)";

    private final CommandGateway gateway;
    private final RawEventInsert raw;
    private final DataSource dataSource;

    CommandThroughput(CommandGateway gateway, RawEventInsert raw, DataSource dataSource) {
        this.gateway = gateway;
        this.raw = raw;
        this.dataSource = dataSource;
    }

    void measure(ResultTable table, int clients, int lifecycles, List<StoredRow> templateRows) {
        List<List<StoredRow>> byCommand = RawEventInsert.byCommand(templateRows);
        raw.createTable();
        Latencies rawLatencies = new Latencies();
        insertRaw(clients, lifecycles / 10, byCommand, "CN-RAW-WARM-%07d", new Latencies());
        Duration rawTime = insertRaw(clients, lifecycles, byCommand, "CN-RAW-LIFE-%07d", rawLatencies);
        raw.dropTable();

        Latencies latencies = new Latencies();
        send(clients, lifecycles / 10, "WARM-%07d", new Latencies());
        Duration time = send(clients, lifecycles, "LIFE-%07d", latencies);

        String withClients = " (" + clients + " clients)";
        double rawRate = lifecycles / seconds(rawTime);
        table.baseline(SECTION, "raw JDBC inserts, a transaction per command" + withClients, rawRate, "lifecycles/s");
        table.add(SECTION, "lifecycles through the CommandGateway" + withClients, lifecycles / seconds(time), "lifecycles/s", rawRate);
        table.add(SECTION, "command latency p50 vs raw transaction p50", latencies.percentileMillis(50), "ms",
                rawLatencies.percentileMillis(50));
        table.add(SECTION, "command latency p99 vs raw transaction p99", latencies.percentileMillis(99), "ms",
                rawLatencies.percentileMillis(99));
    }

    private Duration send(int clients, int lifecycles, String idPattern, Latencies latencies) {
        return Clients.run(clients, lifecycles, n -> {
            String reference = String.format(idPattern, n);
            for (CommandMessage<?> command : TemplateLifecycle.commands("CN-" + reference, reference)) {
                Clients.timed(latencies, () -> gateway.sendAndWait(command));
            }
        });
    }

    private Duration insertRaw(int clients, int lifecycles, List<List<StoredRow>> byCommand, String idPattern,
                               Latencies latencies) {
        return Clients.run(clients, lifecycles, n -> {
            try (Connection connection = dataSource.getConnection()) {
                for (List<StoredRow> rows : byCommand) {
                    long start = System.nanoTime();
                    raw.insertTransaction(connection, String.format(idPattern, n), rows);
                    latencies.add(System.nanoTime() - start);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Raw insert failed", e);
            }
        });
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
