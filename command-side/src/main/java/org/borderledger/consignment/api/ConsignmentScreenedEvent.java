package org.borderledger.consignment.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The declaration was screened against one version of the lists. {@code screenedChannel} is what the
 * lists and the random check gave; {@code channel} is the lane the consignment is now in (never lower
 * than before on a re-screen); {@code clearance} is where the consignment stands once no hold is
 * open, which is {@code status} unless it is held. {@code nameMatchThresholds} are the hold and review
 * thresholds the party hits were banded with (null in screenings recorded before they were kept);
 * {@code suppressedHits} are party hits found but not raised because a person had already decided them.
 */
@Revision("1")
public record ConsignmentScreenedEvent(String consignmentId, ScreeningTrigger trigger, String listVersion, List<ScreeningHit> hits, Channel screenedChannel, boolean randomlySelected, Channel previousChannel, Channel channel, ConsignmentStatus clearance, ConsignmentStatus status, NameMatchThresholds nameMatchThresholds, List<SuppressedHit> suppressedHits) implements ConsignmentEvent {

    public ConsignmentScreenedEvent {
        hits = List.copyOf(hits);
        suppressedHits = suppressedHits == null ? List.of() : List.copyOf(suppressedHits);
    }

    /** A screening as recorded before thresholds and remembered decisions were kept. */
    public ConsignmentScreenedEvent(String consignmentId, ScreeningTrigger trigger, String listVersion,
                                    List<ScreeningHit> hits, Channel screenedChannel, boolean randomlySelected,
                                    Channel previousChannel, Channel channel, ConsignmentStatus clearance,
                                    ConsignmentStatus status) {
        this(consignmentId, trigger, listVersion, hits, screenedChannel, randomlySelected, previousChannel, channel,
                clearance, status, null, List.of());
    }
}
