package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** Goods were held. {@code automatic} holds come from screening (a sanctions match or a banned good) and only a supervisor can end them; {@code placedBy} is the user whose command placed it, who may not decide it. */
@Revision("1")
public record HoldPlacedEvent(String consignmentId, String holdId, HoldReason reason, String text, boolean automatic, String placedBy, ConsignmentStatus statusBeforeHold, ConsignmentStatus status) implements ConsignmentEvent {
}
