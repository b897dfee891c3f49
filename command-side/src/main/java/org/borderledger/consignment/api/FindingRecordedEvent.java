package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** The inspection found something, on one goods line ({@code lineNumber}) or on the whole consignment (null). */
@Revision("1")
public record FindingRecordedEvent(String consignmentId, String inspectionId, int findingNumber, Integer lineNumber, boolean discrepancy, String description, ConsignmentStatus status) implements ConsignmentEvent {
}
