package org.borderledger.rescreening;

import java.time.Instant;
import java.util.List;
import org.borderledger.consignment.api.ConsignmentScreenedEvent;
import org.borderledger.consignment.api.HoldReason;
import org.borderledger.consignment.api.ScreeningHit;

/**
 * A row of {@code rescreen_outcome} made in the batch being handled: what a re-screening changed.
 * Its row is built at flush, so the automatic hold that the re-screening placed, its consignment's
 * next event, is written with it when both are in one batch.
 */
final class PendingOutcome {

    private final RescreenConsignment before;
    private final ConsignmentScreenedEvent screening;
    private final long screeningSequence;
    private final Instant screenedAt;
    private HoldReason holdReason;

    PendingOutcome(RescreenConsignment before, ConsignmentScreenedEvent screening, long screeningSequence, Instant screenedAt) {
        this.before = before;
        this.screening = screening;
        this.screeningSequence = screeningSequence;
        this.screenedAt = screenedAt;
    }

    String consignmentId() {
        return before.consignmentId();
    }

    /** Whether the event at this sequence number follows this re-screening directly. */
    boolean isFollowedBy(long sequence) {
        return sequence == screeningSequence + 1;
    }

    void heldFor(HoldReason reason) {
        holdReason = reason;
    }

    RescreenConsignment before() {
        return before;
    }

    ConsignmentScreenedEvent screening() {
        return screening;
    }

    long screeningSequence() {
        return screeningSequence;
    }

    Instant screenedAt() {
        return screenedAt;
    }

    HoldReason holdReason() {
        return holdReason;
    }

    /** The hits the previous screening did not have (by {@link HitKeys}). */
    List<ScreeningHit> newHits() {
        return screening.hits().stream().filter(hit -> !before.hitKeys().contains(HitKeys.of(hit))).toList();
    }
}
