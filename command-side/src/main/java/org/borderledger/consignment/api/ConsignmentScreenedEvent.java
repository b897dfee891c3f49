package org.borderledger.consignment.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The declaration was screened against one version of the lists. {@code screenedChannel} is what the lists and the random check gave; {@code channel} is the lane the consignment is now in (never lower than before on a re-screen); {@code clearance} is where the consignment stands once no hold is open, which is {@code status} unless it is held. */
@Revision("1")
public record ConsignmentScreenedEvent(String consignmentId, ScreeningTrigger trigger, String listVersion, List<ScreeningHit> hits, Channel screenedChannel, boolean randomlySelected, Channel previousChannel, Channel channel, ConsignmentStatus clearance, ConsignmentStatus status) implements ConsignmentEvent {

    public ConsignmentScreenedEvent {
        hits = List.copyOf(hits);
    }
}
