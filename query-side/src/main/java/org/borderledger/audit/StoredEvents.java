package org.borderledger.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.borderledger.actor.api.Actor;
import org.borderledger.audit.api.StoredEvent;

/**
 * Reads rows of Axon's {@code domainevententry} as they are stored, without deserialising them into
 * event classes: an auditor sees the JSON that was written, whatever the classes look like today.
 * Snapshots live in another table and are never part of this.
 */
final class StoredEvents {

    /** The event type as an auditor names it: the simple name of the stored payload type (indexed as such). */
    static final String EVENT_TYPE = "split_part(payloadtype, '.', -1)";

    /** The columns of a {@link StoredEvent}. */
    static final String SELECT = """
            SELECT globalindex, aggregateidentifier, sequencenumber, %s AS event_type,
                   payloadrevision, eventidentifier, "timestamp", payload, metadata
            FROM domainevententry""".formatted(EVENT_TYPE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };

    private StoredEvents() {
    }

    static StoredEvent map(ResultSet row, int rowNumber) throws SQLException {
        Map<String, Object> metadata = metadata(row.getBytes("metadata"));
        return new StoredEvent(row.getLong("globalindex"), row.getString("aggregateidentifier"),
                row.getLong("sequencenumber"), row.getString("event_type"), row.getString("payloadrevision"),
                row.getString("eventidentifier"), DateTimeUtils.parseInstant(row.getString("timestamp")),
                Actor.from(MetaData.from(metadata)).orElse(null), Objects.toString(metadata.get("correlationId"), null),
                indented(row.getBytes("payload")), metadata);
    }

    private static Map<String, Object> metadata(byte[] json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, METADATA);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored metadata is not a JSON object", e);
        }
    }

    private static String indented(byte[] json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored payload is not JSON", e);
        }
    }
}
