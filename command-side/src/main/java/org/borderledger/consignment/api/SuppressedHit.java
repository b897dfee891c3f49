package org.borderledger.consignment.api;

/**
 * A party hit a screening found but did not raise, because a person already decided it for this
 * declared party and this content of the entry ({@code decision}): kept in the screening so an
 * auditor sees what was found and why it was not raised.
 */
public record SuppressedHit(ScreeningHit.PartyHit hit, RememberedDecision decision) {
}
