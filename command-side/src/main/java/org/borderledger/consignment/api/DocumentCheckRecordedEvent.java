package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** An officer checked the documents of a YELLOW consignment. */
@Revision("1")
public record DocumentCheckRecordedEvent(String consignmentId, DocumentCheckOutcome outcome, String note, ConsignmentStatus status) implements ConsignmentEvent {
}
