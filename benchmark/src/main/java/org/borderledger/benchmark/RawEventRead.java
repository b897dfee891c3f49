package org.borderledger.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The baseline for a rebuild: one plain sequential read of every stored event, every column the
 * event processors read, in global order, with no deserialisation and no writes. No projection can
 * be rebuilt faster than its events can be read.
 */
@Component
class RawEventRead {

    private final DataSource dataSource;

    RawEventRead(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads the whole event table and returns how many events it read, so the read cannot be optimised away. */
    long readAll() {
        long events = 0;
        long bytes = 0;
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams a result with a fetch size only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                           payloadtype, payloadrevision, payload, metadata
                    FROM domainevententry ORDER BY globalindex""")) {
                statement.setFetchSize(1_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        events++;
                        bytes += rows.getBytes("payload").length + rows.getBytes("metadata").length
                                + rows.getString("eventidentifier").length();
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event table", e);
        }
        return bytes > 0 ? events : 0;
    }
}
