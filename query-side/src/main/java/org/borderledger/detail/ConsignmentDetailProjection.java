package org.borderledger.detail;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.detail.api.ConsignmentDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consignment_detail} up to date: reads a consignment's document, folds the event in
 * with {@link ConsignmentDetailFold} and writes it back. An event the document has already seen
 * (by version) is skipped, so a redelivery changes nothing. A consignment's events stay in one
 * segment, in order, so no two writers race on a row.
 */
@Component
@ProcessingGroup(ConsignmentDetailProjection.PROCESSING_GROUP)
class ConsignmentDetailProjection {

    static final String PROCESSING_GROUP = "consignment-detail";

    private final JdbcTemplate jdbc;
    private final JsonDocuments json;

    ConsignmentDetailProjection(JdbcTemplate jdbc, JsonDocuments json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ConsignmentEvent event, DomainEventMessage<?> message) {
        ConsignmentDetail previous = jdbc.query("SELECT document::text FROM consignment_detail WHERE consignment_id = ?",
                (row, rowNumber) -> json.detail(row.getString(1)), event.consignmentId()).stream().findFirst().orElse(null);
        if (previous != null && previous.version() >= message.getSequenceNumber()) {
            return;
        }
        ConsignmentDetail next = ConsignmentDetailFold.apply(previous, message);
        jdbc.update("""
                INSERT INTO consignment_detail (consignment_id, version, document) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (consignment_id) DO UPDATE SET version = excluded.version, document = excluded.document
                WHERE consignment_detail.version < excluded.version""",
                next.consignmentId(), next.version(), json.write(next));
    }

    /** Empties the table for a replay, and this group's dead letters with it (see the summary projection). */
    @ResetHandler
    void onReset() {
        jdbc.execute("TRUNCATE consignment_detail");
        jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = ?", PROCESSING_GROUP);
    }
}
