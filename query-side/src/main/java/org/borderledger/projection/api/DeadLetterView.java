package org.borderledger.projection.api;

import java.time.Instant;

/**
 * One parked event: the consignment is its sequence, and the consignment's later events wait behind
 * it in sequence-number order. The cause is empty for a letter parked only because an earlier one
 * of its sequence was.
 */
public record DeadLetterView(String processingGroup, String consignmentId, String eventType, String eventId,
                             long sequenceNumber, Instant enqueuedAt, Instant lastTouched, String causeType,
                             String causeMessage) {
}
