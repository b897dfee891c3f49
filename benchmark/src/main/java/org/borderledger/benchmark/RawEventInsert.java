package org.borderledger.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The baseline for appends: plain batched JDBC inserts of the rows the event store writes (the
 * template's stored rows, under new aggregate and event ids) into a table of the same shape,
 * constraints and indexes. No event store can append faster than the database takes these rows.
 */
@Component
class RawEventInsert {

    /** One stored event as the event store wrote it, with the id of the command that caused it. */
    record StoredRow(String type, long sequenceNumber, byte[] metaData, byte[] payload, String payloadRevision,
                     String payloadType, String timestamp, String correlationId) {
    }

    private static final String TABLE = "benchmark_raw_event";
    private static final String SEQUENCE = TABLE + "_globalindex_seq";
    private static final String INSERT = "INSERT INTO " + TABLE + " (aggregateidentifier, sequencenumber, type,"
            + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    RawEventInsert(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The stored rows of one aggregate, in sequence order. */
    List<StoredRow> storedRows(String aggregateId) {
        return jdbc.query("""
                SELECT type, sequencenumber, metadata, payload, payloadrevision, payloadtype, timestamp
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""",
                (row, n) -> new StoredRow(row.getString(1), row.getLong(2), row.getBytes(3), row.getBytes(4),
                        row.getString(5), row.getString(6), row.getString(7), correlationId(row.getBytes(3))),
                aggregateId);
    }

    /** The rows grouped by the command that caused them, as each command's transaction appends them. */
    static List<List<StoredRow>> byCommand(List<StoredRow> rows) {
        List<List<StoredRow>> commands = new ArrayList<>();
        for (StoredRow row : rows) {
            if (commands.isEmpty() || !Objects.equals(commands.get(commands.size() - 1).get(0).correlationId(), row.correlationId())) {
                commands.add(new ArrayList<>());
            }
            commands.get(commands.size() - 1).add(row);
        }
        return commands;
    }

    /**
     * A fresh, empty table shaped like the event table, with a global index sequence of its own:
     * {@code LIKE ... INCLUDING ALL} copies the default {@code nextval} of the event table's sequence,
     * and raw rows drawing from it would leave gaps in the real store's global index, which every
     * tracking processor then carries in its token.
     */
    void createTable() {
        dropTable();
        jdbc.execute("CREATE TABLE " + TABLE + " (LIKE domainevententry INCLUDING ALL)");
        jdbc.execute("CREATE SEQUENCE " + SEQUENCE + " OWNED BY " + TABLE + ".globalindex");
        jdbc.execute("ALTER TABLE " + TABLE + " ALTER COLUMN globalindex SET DEFAULT nextval('" + SEQUENCE + "')");
    }

    void dropTable() {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE); // drops the sequence it owns
    }

    /**
     * Inserts copies of the template's rows until at least {@code events} rows are in, {@code batchSize}
     * per transaction, and returns the time spent in the database (building the rows is not counted).
     */
    Duration insertCopies(List<StoredRow> template, int events, int batchSize) {
        long inDatabase = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (int copy = 0; copy * template.size() < events; copy++) {
                    String aggregateId = String.format("CN-RAW-%07d", copy);
                    for (StoredRow row : template) {
                        bind(insert, aggregateId, row);
                        insert.addBatch();
                        pending++;
                    }
                    if (pending >= batchSize || (copy + 1) * template.size() >= events) {
                        long start = System.nanoTime();
                        insert.executeBatch();
                        connection.commit();
                        inDatabase += System.nanoTime() - start;
                        pending = 0;
                    }
                }
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert into " + TABLE, e);
        }
        return Duration.ofNanos(inDatabase);
    }

    /** Inserts one command's rows in a transaction of their own on {@code connection}. */
    void insertTransaction(Connection connection, String aggregateId, List<StoredRow> rows) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoredRow row : rows) {
                bind(insert, aggregateId, row);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void bind(PreparedStatement insert, String aggregateId, StoredRow row) throws SQLException {
        insert.setString(1, aggregateId);
        insert.setLong(2, row.sequenceNumber());
        insert.setString(3, row.type());
        insert.setString(4, UUID.randomUUID().toString());
        insert.setBytes(5, row.metaData());
        insert.setBytes(6, row.payload());
        insert.setString(7, row.payloadRevision());
        insert.setString(8, row.payloadType());
        insert.setString(9, row.timestamp());
    }

    private String correlationId(byte[] metaData) {
        try {
            return json.readTree(metaData).path("correlationId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Stored metadata is not JSON", e);
        }
    }
}
