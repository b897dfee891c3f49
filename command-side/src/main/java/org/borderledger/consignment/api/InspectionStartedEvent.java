package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** A physical inspection started; the consignment is now in the RED channel. */
@Revision("1")
public record InspectionStartedEvent(String consignmentId, String inspectionId, String note, Channel channel, ConsignmentStatus status) implements ConsignmentEvent {
}
