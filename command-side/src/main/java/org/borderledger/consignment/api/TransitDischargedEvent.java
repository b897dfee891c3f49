package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** The transit movement ended at {@code exitPost}: the goods left Kazakhstan and the guarantee is freed. Terminal. */
@Revision("1")
public record TransitDischargedEvent(String consignmentId, String reference, String exitPost, ConsignmentStatus status)
        implements ConsignmentEvent {
}
