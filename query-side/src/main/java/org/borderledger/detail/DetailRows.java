package org.borderledger.detail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.projection.ProjectionWriter;
import org.borderledger.projection.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes and reads the rows of {@code consignment_detail}. */
@Component
class DetailRows {

    private final JdbcTemplate jdbc;
    private final JsonDocuments json;
    private final ProjectionWriter writer;

    DetailRows(JdbcTemplate jdbc, JsonDocuments json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writer = writes.writer(ConsignmentDetailProjection.PROCESSING_GROUP);
    }

    Optional<ConsignmentDetail> find(String consignmentId) {
        return jdbc.query("SELECT document::text FROM consignment_detail WHERE consignment_id = ?",
                (row, rowNumber) -> json.detail(row.getString(1)), consignmentId).stream().findFirst();
    }

    /**
     * The stored documents of the consignments in the batch being handled, read in one query when the
     * batch's first event asks, then kept up to date by the projection while it folds the batch.
     */
    Map<String, ConsignmentDetail> ofBatch() {
        return writer.batchState(events -> {
            List<String> ids = events.stream().filter(DomainEventMessage.class::isInstance)
                    .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()).distinct().toList();
            Map<String, ConsignmentDetail> documents = new HashMap<>();
            jdbc.query("SELECT document::text FROM consignment_detail WHERE consignment_id = ANY (?)", row -> {
                ConsignmentDetail detail = json.detail(row.getString(1));
                documents.put(detail.consignmentId(), detail);
            }, (Object) ids.toArray(String[]::new));
            return documents;
        });
    }

    /**
     * Stores the detail when the batch commits, unless the row already holds this version or a later
     * one; of several versions of one consignment in a batch, only the last is written.
     */
    void save(ConsignmentDetail detail) {
        writer.executeLast("""
                INSERT INTO consignment_detail (consignment_id, version, document) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (consignment_id) DO UPDATE SET version = excluded.version, document = excluded.document
                WHERE consignment_detail.version < excluded.version""",
                () -> new Object[] {detail.consignmentId(), detail.version(), json.write(detail)});
    }

    void truncate() {
        jdbc.execute("TRUNCATE consignment_detail");
    }
}
