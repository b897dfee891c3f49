package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/**
 * An officer dismissed a possible match as a different party, for {@code reason}. The decision is
 * remembered with the hit's entry hash and declared party: a later screening does not raise it again
 * unless one of them changed. {@code status} is unchanged.
 */
@Revision("1")
public record PossibleMatchDismissedEvent(String consignmentId, ScreeningHit.PartyHit hit, String reason, ConsignmentStatus status) implements ConsignmentEvent {
}
