package org.borderledger.consignment.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The time limit of a transit movement passed before its goods were presented at exit: an alert for the
 * supervisors of both posts. Raised by the system from a persistent deadline, once.
 */
@Revision("1")
public record TransitOverdueEvent(String consignmentId, String reference, String departurePost, String exitPost,
                                  Instant timeLimit, ConsignmentStatus status) implements ConsignmentEvent {
}
