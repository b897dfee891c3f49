package org.borderledger.rescreening;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the re-screening process knows while it handles one processor batch: the consignments of the
 * batch as read once at its start and folded since, the last publication, and the outcomes of the
 * batch's re-screenings (whose rows are built at flush, so a hold that follows can still be added).
 */
final class RescreenBatch {

    /** A publication by the register's sequence number, which orders them. */
    record Publication(String listVersion, long sequence) {
    }

    private final Map<String, RescreenConsignment> consignments;
    private final Map<String, PendingOutcome> outcomes = new HashMap<>();
    private Publication latest;

    RescreenBatch(Map<String, RescreenConsignment> consignments, Publication latest) {
        this.consignments = consignments;
        this.latest = latest;
    }

    RescreenConsignment consignment(String consignmentId) {
        return consignments.get(consignmentId);
    }

    void put(RescreenConsignment consignment) {
        consignments.put(consignment.consignmentId(), consignment);
    }

    Optional<String> latestVersion() {
        return Optional.ofNullable(latest).map(Publication::listVersion);
    }

    /** Whether a publication is newer than every one applied: false for a redelivered one. */
    boolean isNew(long sequence) {
        return latest == null || latest.sequence() < sequence;
    }

    void published(Publication publication) {
        latest = publication;
    }

    /** The outcome of the consignment's last re-screening in this batch, if any. */
    Optional<PendingOutcome> outcome(String consignmentId) {
        return Optional.ofNullable(outcomes.get(consignmentId));
    }

    void put(PendingOutcome outcome) {
        outcomes.put(outcome.consignmentId(), outcome);
    }
}
