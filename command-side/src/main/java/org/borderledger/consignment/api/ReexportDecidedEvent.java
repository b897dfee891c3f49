package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/**
 * A supervisor closed a possible re-export ({@code hit}, as the screening raised it) with
 * {@code decision} and {@code reason}. Remembered with the hit: a later screening that links the same
 * imports to the same exported quantities records the hit as decided before instead of raising it.
 * {@code status} is unchanged.
 */
@Revision("1")
public record ReexportDecidedEvent(String consignmentId, ScreeningHit.ReexportHit hit, ReexportDecision decision,
                                   String reason, ConsignmentStatus status) implements ConsignmentEvent {
}
