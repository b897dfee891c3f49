package org.borderledger.detail;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.borderledger.consignment.api.ConsignmentEvent;
import org.borderledger.projection.DeadLetters;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code consignment_detail} up to date: folds each event into its consignment's document
 * with {@link ConsignmentDetailFold}, a processor batch at a time ({@link DetailRows}, a
 * {@link org.borderledger.projection.FoldedRows}): each document is read at most once and written once
 * a batch, and an event the document has already seen (by version) is skipped.
 */
@Component
@ProcessingGroup(ConsignmentDetailProjection.PROCESSING_GROUP)
class ConsignmentDetailProjection {

    static final String PROCESSING_GROUP = "consignment-detail";

    private final DetailRows rows;
    private final DeadLetters deadLetters;

    ConsignmentDetailProjection(DetailRows rows, DeadLetters deadLetters) {
        this.rows = rows;
        this.deadLetters = deadLetters;
    }

    @EventHandler
    void on(ConsignmentEvent event, DomainEventMessage<?> message) {
        rows.apply(message);
    }

    /** Empties the table for a replay, and the dead letters of the previous run with it. */
    @ResetHandler
    void onReset() {
        rows.truncate();
        deadLetters.clear(PROCESSING_GROUP);
    }
}
