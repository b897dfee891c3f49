package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** A supervisor decided on a hold. LIFT ends it, SEIZE and REFUSE end the consignment, REFER keeps it open with the named agency. {@code openHolds} is how many holds are still open afterwards. */
@Revision("1")
public record HoldReviewedEvent(String consignmentId, String holdId, HoldReason holdReason, String placedBy, HoldDecision decision, DecisionReason reason, String text, String referredAgency, int openHolds, ConsignmentStatus status) implements ConsignmentEvent {
}
