package org.borderledger.consignment.api;

import org.axonframework.serialization.Revision;

/**
 * An officer confirmed that a possible match is the listed party. The hold {@code holdId} with reason
 * SANCTIONS_MATCH follows at once, for a supervisor to decide as any hold. {@code status} is unchanged.
 */
@Revision("1")
public record PossibleMatchConfirmedEvent(String consignmentId, ScreeningHit.PartyHit hit, String holdId, ConsignmentStatus status) implements ConsignmentEvent {
}
