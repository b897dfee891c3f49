package org.borderledger.summary.api;

import java.util.List;
import org.borderledger.consignment.api.ConsignmentStatus;

/**
 * The groups of an officer's work list at a border post, each the statuses in which the next step
 * is an officer's.
 */
public enum WorkStage {
    AWAITING_DOCUMENT_CHECK(List.of(ConsignmentStatus.AWAITING_DOCUMENT_CHECK)),
    /**
     * The goods are at, or due at, the inspection lane: an inspection to start, one to complete
     * (findings, outcome), or a discrepancy found. A discrepancy waits for the officer too: the
     * lifecycle has them place a hold or start an inspection (an amendment comes from the declarant), and the
     * aggregate lets an inspection start from it.
     */
    AT_INSPECTION(List.of(ConsignmentStatus.AWAITING_INSPECTION, ConsignmentStatus.UNDER_INSPECTION,
            ConsignmentStatus.DISCREPANCY_FOUND)),
    /** Cleared with no hold open: an officer releases it. */
    CLEARED_AWAITING_RELEASE(List.of(ConsignmentStatus.CLEARED));

    private final List<ConsignmentStatus> statuses;

    WorkStage(List<ConsignmentStatus> statuses) {
        this.statuses = statuses;
    }

    public List<ConsignmentStatus> statuses() {
        return statuses;
    }
}
