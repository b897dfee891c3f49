package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/** The inspection ended with its outcome. */
@Revision("1")
public record InspectionCompletedEvent(String consignmentId, String inspectionId, InspectionOutcome outcome, int findingCount, String note, ConsignmentStatus status) implements ConsignmentEvent {
}
