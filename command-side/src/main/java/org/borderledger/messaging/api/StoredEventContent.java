package org.borderledger.messaging.api;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The columns of one row of Axon's {@code domainevententry} that its hash covers, as they are written:
 * the timestamp as the stored text, payload and metadata as the serializer's bytes.
 */
public record StoredEventContent(String aggregateIdentifier, long sequenceNumber, String aggregateType,
                                 String eventIdentifier, String timestamp, String payloadType,
                                 String payloadRevision, byte[] payload, byte[] metaData) {

    /** The columns every reader of stored rows selects, in the names of {@link #from(ResultSet)}. */
    public static final String COLUMNS = """
            aggregateidentifier, sequencenumber, type, eventidentifier, "timestamp", payloadtype, payloadrevision,
            payload, metadata""";

    /** The current row of a result that selected {@link #COLUMNS}. */
    public static StoredEventContent from(ResultSet row) throws SQLException {
        return new StoredEventContent(row.getString("aggregateidentifier"), row.getLong("sequencenumber"),
                row.getString("type"), row.getString("eventidentifier"), row.getString("timestamp"),
                row.getString("payloadtype"), row.getString("payloadrevision"), row.getBytes("payload"),
                row.getBytes("metadata"));
    }
}
