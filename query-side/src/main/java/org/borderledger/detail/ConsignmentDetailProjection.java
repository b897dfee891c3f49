package org.borderledger.detail;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.detail.api.ConsignmentDetail;
import org.borderledger.projection.BatchedProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consignment_detail} up to date: folds each event into its consignment's document
 * with {@link ConsignmentDetailFold}. The documents of a processor batch are read once and written
 * once, when the batch commits. An event the document has already seen (by version) is skipped, so
 * a redelivery changes nothing. A consignment's events stay in one segment, in order, so no two
 * writers race on a row.
 */
@Component
@BatchedProjection
@ProcessingGroup(ConsignmentDetailProjection.PROCESSING_GROUP)
class ConsignmentDetailProjection {

    static final String PROCESSING_GROUP = "consignment-detail";

    private final DetailRows rows;
    private final JdbcTemplate jdbc;

    ConsignmentDetailProjection(DetailRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConsignmentEvent event, DomainEventMessage<?> message) {
        Map<String, ConsignmentDetail> documents = rows.ofBatch();
        ConsignmentDetail previous = documents.get(event.consignmentId());
        if (previous == null || previous.version() < message.getSequenceNumber()) {
            ConsignmentDetail next = ConsignmentDetailFold.apply(previous, message);
            rows.save(next);
            documents.put(next.consignmentId(), next);
        }
    }

    /** Empties the table for a replay, and this group's dead letters with it (see the summary projection). */
    @ResetHandler
    void onReset() {
        rows.truncate();
        jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = ?", PROCESSING_GROUP);
    }
}
